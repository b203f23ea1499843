import type { ParamSpec } from '../../../catalog/types.js';
import type { OperationDetails } from '../../../catalog/define.js';
import { REG_NUMBER } from '../../../store/its-registry.js';
import { contactTypeNotFor, REGION_NOT_AVAILABLE } from '../checks.js';
import { field, operand, table } from '../operands.js';

/** Spec 003 client_*: result fields in the order of the operations' descriptions. */
export const CLIENT_FIELDS = table(
  field.id('client_id'),
  field.id('region_id'),
  field.text('client_name', 50),
  field.text('client_full_name', 255),
  field.flag('client_del'),
  field.text('client_inn', 12),
  field.text('client_kpp', 9),
  field.text('client_reg_num', 0),
  field.int('pay_method_id'),
  field.text('addit_attribute', 0),
  field.id('client_new_id'),
);

const NAME_EMPTY = 'Наименование добавляемого клиента не должно быть пустым';
const REGION_MISSING = 'При добавлении клиента не указан регион';
const CLIENT_MISSING = 'При изменении клиентов необходимо указать ссылку на изменяемого клиента';
const CLIENT_NOT_OWN = 'Нет доступа к клиенту: можно работать только с клиентами, которые курирует текущий партнер';

const clientId = (required: boolean, faults: ParamSpec['faults'] = {}) =>
  operand.id('client_id', 'client', { required, ownOnly: true, faults: { ACCESS_ERROR: CLIENT_NOT_OWN, ...faults } });
const editedClient = clientId(true, { PARAM_NOT_EXIST: CLIENT_MISSING, EMPTY_PARAM: CLIENT_MISSING });
const name = (required: boolean) =>
  operand.string('client_name', 50, { required, allowEmpty: false, truncate: true, faults: { PARAM_NOT_EXIST: NAME_EMPTY, EMPTY_PARAM: NAME_EMPTY } });
const region = (required: boolean, missing?: string) =>
  operand.id('region_id', 'region', {
    required,
    faults: { ACCESS_ERROR: REGION_NOT_AVAILABLE, ...(missing ? { PARAM_NOT_EXIST: missing, EMPTY_PARAM: missing } : {}) },
  });
const inn = operand.string('client_inn', 12, { truncate: true });
const kpp = operand.string('client_kpp', 9, { truncate: true });
const fullName = operand.string('client_full_name', 255, { truncate: true });
const regNum = (required = false) =>
  operand.string('client_reg_num', undefined, { required, pattern: REG_NUMBER, faults: { VALUE_IS_NOT_VALID: 'Не корректный регистрационный номер' } });
const payMethod = (required = false) =>
  operand.int('pay_method_type_id', {
    required,
    enum: [0, 1, 2, 3, 4],
    aliases: ['pay_method_id'],
    faults: { VALUE_IS_NOT_VALID: 'Не корректный способ оплаты за клиентов (см. pay_method_type_read)' },
  });
const additAttribute = operand.string('addit_attribute');
const includeDeleted = operand.flag('include_deleted');
const contactType = (required: boolean) =>
  operand.id('contact_type_id', 'contactType', { required, faults: { VALUE_IS_NOT_VALID: contactTypeNotFor(1) } });

export const CLIENT_OPERATIONS: Record<string, OperationDetails> = {
  client_read: { params: [clientId(false), region(false), includeDeleted], result: CLIENT_FIELDS },
  client_read_advanced: { params: [clientId(false), region(false), includeDeleted, additAttribute], result: CLIENT_FIELDS },
  client_add: { params: [name(true), region(true, REGION_MISSING), inn, kpp, fullName], result: CLIENT_FIELDS },
  // pay_method_type_id has no "=void" in the signature, but the text gives its default: optional.
  client_add_its: { params: [name(true), region(true, REGION_MISSING), inn, kpp, fullName, regNum(), payMethod()], result: CLIENT_FIELDS },
  client_add_advanced: { params: [name(true), region(true, REGION_MISSING), inn, kpp, fullName, regNum(), payMethod(), additAttribute], result: CLIENT_FIELDS },
  client_edit: { params: [editedClient, name(false), region(false), inn, kpp, fullName], result: CLIENT_FIELDS },
  client_edit_its: { params: [editedClient, name(false), region(false), inn, kpp, fullName, regNum(true), payMethod(true)], result: CLIENT_FIELDS },
  client_edit_advanced: {
    params: [editedClient, name(true), region(true), inn, kpp, fullName, regNum(), payMethod(), additAttribute],
    result: CLIENT_FIELDS,
  },
  client_delete: { params: [clientId(true)], result: CLIENT_FIELDS },
  client_contact_read: {
    params: [clientId(false), contactType(false)],
    result: table(field.id('client_id'), field.id('contact_type_id'), field.text('contact_view', 500)),
  },
  client_contact_edit: {
    params: [clientId(true), contactType(true), operand.string('contact_view', 500, { required: true, truncate: true })],
    result: table(field.id('client_id'), field.id('contact_type_id'), field.text('contact_view', 500)),
  },
  client_vendor_read: {
    params: [operand.id('service_type_id', 'line', { required: true }), operand.id('partner_id', 'partner')],
    result: CLIENT_FIELDS,
  },
  client_ITS_status_For_INN: {
    params: [operand.string('RegNumberPP1C', 20, { aliases: ['RegNumberPP1С'] }), operand.string('INN', 12)],
    result: table(field.int('ITSLevel'), field.date('DateFrom'), field.date('DateTo')),
  },
};
