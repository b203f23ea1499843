import type { OperationDetails } from '../../../catalog/define.js';
import { ROLES } from '../dictionaries/values.js';
import { field, operand, table } from '../operands.js';

const SERVICE_TYPE_FIELDS = table(field.id('service_type_id'), field.text('service_type_name', 100), field.text('service_type_full_name', 255), field.id('partner_id'));
const CONTRACT_FIELDS = table(field.id('contract_id'), field.date('contract_start_date'), field.date('contract_end_date'), field.id('role_id'));
const CONTRACT_SERVICE_FIELDS = table(field.id('contract_id'), field.id('service_type_id'), field.date('contract_service_start_date'), field.date('contract_service_end_date'));
const SERVICE_FIELDS = table(
  field.id('service_id'),
  field.id('sale_partner_id'),
  field.id('client_id'),
  field.id('service_partner_id'),
  field.date('service_start_date'),
  field.date('service_end_date'),
  field.id('agent_user_id'),
  field.id('service_type_id'),
);

const NOT_OWN_TYPE = 'Можно изменять только свой вид сервиса';
/** `own`: only the partner's own lines, not imported ones, may be changed. */
const serviceType = (required: boolean, own = false) =>
  operand.id('service_type_id', 'line', { required, ...(own ? { ownOnly: true, faults: { ACCESS_ERROR: NOT_OWN_TYPE } } : {}) });
const serviceId = (required: boolean, ownOnly = false) =>
  operand.id('service_id', 'service', { required, ownOnly, faults: { ACCESS_ERROR: 'Изменять абонемент может только партнер, который его активировал' } });

/** Spec 003 service_type_*, contract_*, service_* (abonements). */
export const SERVICE_OPERATIONS: Record<string, OperationDetails> = {
  service_type_read: { params: [serviceType(false), operand.id('partner_id', 'partner')], result: SERVICE_TYPE_FIELDS },
  service_type_add: {
    params: [operand.string('service_type_name', 100, { required: true, allowEmpty: false }), operand.string('service_type_full_name', 255, { required: true, allowEmpty: false })],
    result: SERVICE_TYPE_FIELDS,
  },
  service_type_edit: {
    params: [serviceType(true, true), operand.string('service_type_name', 100, { required: true, allowEmpty: false }), operand.string('service_type_full_name', 255)],
    result: SERVICE_TYPE_FIELDS,
  },
  service_type_delete: { params: [serviceType(true, true)], result: SERVICE_TYPE_FIELDS },

  contract_read: {
    params: [
      operand.id('contract_id', 'contract'),
      operand.date('contract_start_date'),
      operand.date('contract_end_date'),
      operand.string('role_id', 36, { enum: ROLES.map((r) => r.id), faults: { VALUE_IS_NOT_VALID: 'Неизвестный вид взаимоотношений (см. role_read)' } }),
    ],
    result: CONTRACT_FIELDS,
  },
  contract_service_read: {
    params: [
      operand.id('contract_id', 'contract'),
      serviceType(false),
      operand.date('contract_service_start_date', { aliases: ['contract_start_date'] }),
      operand.date('contract_service_end_date', { aliases: ['contract_end_date'] }),
    ],
    result: CONTRACT_SERVICE_FIELDS,
  },
  contract_service_add: { params: [serviceType(true), operand.date('contract_service_start_date')], result: CONTRACT_SERVICE_FIELDS },
  contract_service_delete: { params: [serviceType(true)], result: CONTRACT_SERVICE_FIELDS },

  service_read: {
    params: [
      serviceId(false),
      operand.id('sale_partner_id', 'partner'),
      operand.id('client_id', 'client'),
      operand.id('service_partner_id', 'partner'),
      operand.date('service_start_date'),
      operand.date('service_end_date'),
      operand.id('agent_user_id', 'agentUser'),
      serviceType(false),
    ],
    result: SERVICE_FIELDS,
  },
  service_add: {
    params: [
      operand.id('client_id', 'client', { required: true, ownOnly: true }),
      operand.id('service_partner_id', 'partner', { required: true }),
      operand.date('service_start_date'),
      operand.date('service_end_date'),
      operand.id('agent_user_id', 'agentUser', { required: true, ownOnly: true }),
      serviceType(true),
    ],
    result: SERVICE_FIELDS,
  },
  service_stop: { params: [serviceId(true, true)], result: SERVICE_FIELDS },
  service_edit: {
    params: [serviceId(true, true), operand.id('service_partner_id', 'partner'), operand.date('service_start_date'), operand.date('service_end_date')],
    result: SERVICE_FIELDS,
  },
};
