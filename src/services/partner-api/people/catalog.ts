import type { OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { contactTypeNotFor } from '../checks.js';
import { field, operand, table } from '../operands.js';

/** Partner users are the partner's specialists; client users are the people of its clients. */
function personFields(prefix: 'partner_user' | 'client_user', owner: 'partner_id' | 'client_id', birthday: boolean) {
  return table(
    field.id(`${prefix}_id`),
    field.id(owner),
    field.text(`${prefix}_name`, 100),
    field.text(`${prefix}_family_name`, 100),
    field.text(`${prefix}_father_name`, 100),
    ...(birthday ? [field.date(`${prefix}_birthday`)] : []),
    field.flag(`${prefix}_del`),
  );
}

const contactFields = (prefix: string) => table(field.id(`${prefix}_id`), field.id('contact_type_id'), field.text('contact_view', 500));
const contactType = (required: boolean): ParamSpec =>
  operand.id('contact_type_id', 'contactType', { required, faults: { VALUE_IS_NOT_VALID: contactTypeNotFor(3) } });
const names = (prefix: string, required: boolean): ParamSpec[] => [
  operand.string(`${prefix}_name`, 100, required ? { required: true, allowEmpty: false } : {}),
  operand.string(`${prefix}_family_name`, 100),
  operand.string(`${prefix}_father_name`, 100),
];

const partnerUser = (required: boolean, aliases: string[] = []) => operand.id('partner_user_id', 'specialist', { required, aliases });
const clientUser = (required: boolean) =>
  operand.id('client_user_id', 'clientUser', {
    required,
    ownOnly: true,
    faults: { ACCESS_ERROR: 'Нет доступа: сотрудник клиента из операнда client_user_id не принадлежит клиенту текущего партнера' },
  });
const clientId = (required: boolean) =>
  operand.id('client_id', 'client', {
    required,
    ownOnly: true,
    faults: { ACCESS_ERROR: 'Нет доступа к клиенту: можно работать только с клиентами, которые курирует текущий партнер' },
  });
const includeDeleted = operand.flag('include_deleted');
const birthday = operand.date('birthday', { required: true, allowEmpty: false });

/** Spec 003 partner_user_* and client_user_*. */
export const PEOPLE_OPERATIONS: Record<string, OperationDetails> = {
  partner_user_read: { params: [partnerUser(false), includeDeleted], result: personFields('partner_user', 'partner_id', false) },
  partner_user_read_with_birthday: { params: [partnerUser(false), includeDeleted], result: personFields('partner_user', 'partner_id', true) },
  partner_user_add: { params: names('partner_user', true), result: personFields('partner_user', 'partner_id', false) },
  // The signature names the first operand client_id, the text partner_user_id: both are accepted.
  partner_user_set_birthday: { params: [partnerUser(true, ['client_id']), birthday], result: { kind: 'flag' } },
  partner_user_edit: { params: [partnerUser(true), ...names('partner_user', false)], result: personFields('partner_user', 'partner_id', false) },
  partner_user_delete: { params: [partnerUser(true)], result: personFields('partner_user', 'partner_id', false) },
  partner_user_contact_read: { params: [partnerUser(false), contactType(false)], result: contactFields('partner_user') },
  partner_user_contact_edit: {
    params: [partnerUser(true), contactType(true), operand.string('contact_view', 500, { required: true, truncate: true })],
    result: contactFields('partner_user'),
  },

  client_user_read: { params: [clientUser(false), clientId(false), includeDeleted], result: personFields('client_user', 'client_id', false) },
  client_user_read_with_birthday: { params: [clientUser(false), clientId(false), includeDeleted], result: personFields('client_user', 'client_id', true) },
  client_user_add: { params: [clientId(true), ...names('client_user', true)], result: personFields('client_user', 'client_id', false) },
  client_user_edit: { params: [clientUser(true), ...names('client_user', false)], result: personFields('client_user', 'client_id', false) },
  client_user_set_birthday: { params: [clientUser(true), birthday], result: { kind: 'flag' } },
  client_user_delete: { params: [clientUser(true)], result: personFields('client_user', 'client_id', false) },
  client_user_contact_read: { params: [clientUser(false), contactType(false)], result: contactFields('client_user') },
  client_user_contact_edit: {
    params: [clientUser(true), contactType(true), operand.string('contact_view', 500, { required: true, truncate: true })],
    result: contactFields('client_user'),
  },
};
