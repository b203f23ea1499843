import type { OperationSpec, RefKind } from '../catalog/types.js';
import type { OutcomeData } from '../pipeline/outcome.js';
import { NS } from '../xml/namespaces.js';
import { tableValue } from '../xml/xdto-write.js';

/** `return` of a PartnerAPI 1.20 operation (WIRE-FORMAT §10): attributes and content of the element. */
export interface OperandReturn {
  attrs: string;
  content: string;
}

const TABLE_OPEN = '<Value xsi:type="ValueTable">';

/**
 * A ValueTable is written directly as `return` (columns, then rows, in the core namespace), a flag as
 * the text of an xs:boolean, chat history as the text of an xs:base64Binary.
 */
export function operandReturn(data: OutcomeData): OperandReturn {
  switch (data.kind) {
    case 'flag':
      return { attrs: '', content: String(data.value) };
    case 'binary':
      return { attrs: '', content: data.bytes.toString('base64') };
    case 'table': {
      const value = tableValue(data.columns, data.rows);
      return { attrs: ` xmlns="${NS.core}"`, content: value.slice(TABLE_OPEN.length, -'</Value>'.length) };
    }
    default:
      return { attrs: ` xmlns="${NS.core}"`, content: '' };
  }
}

/** What a reference operand names, for Fault texts; feminine nouns are marked «ж:». */
const REF_NOUNS: Partial<Record<RefKind, string>> = {
  client: 'клиент',
  region: 'регион',
  department: 'отдел',
  specialist: 'сотрудник партнера',
  partner: 'партнер',
  contactType: 'вид контактной информации',
  line: 'вид сервиса',
  clientUser: 'сотрудник клиента',
  agentPartner: 'агент партнера',
  agentUser: 'агент пользователя',
  contract: 'договор',
  service: 'абонемент',
  competence: 'ж:компетенция',
};

const noun = (ref: RefKind | undefined): string => (ref && REF_NOUNS[ref] ? REF_NOUNS[ref].replace('ж:', '') : 'объект');
const notFound = (ref: RefKind | undefined): string => `${ref && REF_NOUNS[ref]?.startsWith('ж:') ? 'Не найдена' : 'Не найден'} ${noun(ref)}`;

/** Russian Fault text for a refused PartnerAPI call: the spec's own message where the catalog has one. */
export function operandFaultText(op: OperationSpec, code: string, detail: string): string {
  const spec = op.params?.find((p) => p.name === detail);
  const own = spec?.faults?.[code as keyof NonNullable<typeof spec.faults>];
  if (own) return own;
  switch (code) {
    case 'PARAM_NOT_EXIST':
      return `Не указан обязательный операнд ${detail}`;
    case 'EMPTY_PARAM':
      return `Операнд ${detail} не должен быть пустым`;
    case 'TYPE_MISMATCH':
      return `Операнд ${detail} имеет неверный тип`;
    case 'UID_NOT_CORRECT':
      return `${notFound(spec?.ref)} с уникальным идентификатором, указанным в операнде ${detail}`;
    case 'ACCESS_ERROR':
      return `Нет доступа: ${noun(spec?.ref)} из операнда ${detail} не принадлежит текущему партнеру`;
    case 'VALUE_IS_NOT_VALID':
      return `Недопустимое значение операнда ${detail}`;
    default:
      return detail;
  }
}
