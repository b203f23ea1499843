import type { OperationDetails } from '../../../catalog/define.js';
import { field, operand, table } from '../operands.js';

const PARTNER_AGENT_FIELDS = table(
  field.id('agent_partner_id'),
  field.text('agent_partner_number', 10),
  field.int('agent_type'),
  field.text('agent_partner_password', 20),
  field.id('partner_id'),
  field.flag('agent_partner_activity'),
  field.id('partner_user_id'),
);
const USER_AGENT_FIELDS = table(
  field.id('agent_user_id'),
  field.text('agent_user_number', 10),
  field.int('agent_type'),
  field.text('agent_user_password', 20),
  field.id('client_id'),
  field.flag('agent_user_activity'),
  field.id('client_user_id'),
);

const agentPartner = (required: boolean) => operand.id('agent_partner_id', 'agentPartner', { required });
const agentUser = (required: boolean) => operand.id('agent_user_id', 'agentUser', { required, ownOnly: true });
const partnerUser = (required: boolean) => operand.id('partner_user_id', 'specialist', { required });
const clientUser = (required: boolean) =>
  operand.id('client_user_id', 'clientUser', {
    required,
    ownOnly: true,
    faults: { ACCESS_ERROR: 'Нет доступа: сотрудник клиента из операнда client_user_id не принадлежит клиенту текущего партнера' },
  });
const password = (name: string) => operand.string(name, 20);

/** Spec 003 agent_partner_*, agent_user_*, account_access_email_notify. */
export const AGENT_OPERATIONS: Record<string, OperationDetails> = {
  agent_partner_read: { params: [agentPartner(false), operand.flag('agent_partner_activity'), partnerUser(false)], result: PARTNER_AGENT_FIELDS },
  // The signature types the new password as int; its digits are kept as the password's text.
  agent_partner_add: { params: [operand.int('agent_partner_password', { min: 0 }), partnerUser(true)], result: PARTNER_AGENT_FIELDS },
  agent_partner_edit: {
    params: [agentPartner(true), password('agent_partner_password'), operand.flag('agent_partner_activity'), partnerUser(false)],
    result: PARTNER_AGENT_FIELDS,
  },
  agent_partner_delete: { params: [agentPartner(true)], result: PARTNER_AGENT_FIELDS },
  agent_user_read: {
    params: [agentUser(false), operand.id('client_id', 'client', { ownOnly: true }), operand.flag('agent_user_activity'), clientUser(false)],
    result: USER_AGENT_FIELDS,
  },
  agent_user_add: { params: [operand.int('agent_user_password', { min: 0 }), clientUser(true)], result: USER_AGENT_FIELDS },
  agent_user_edit: {
    params: [agentUser(true), password('agent_user_password'), operand.flag('agent_user_activity'), clientUser(false)],
    result: USER_AGENT_FIELDS,
  },
  agent_user_delete: { params: [agentUser(true)], result: USER_AGENT_FIELDS },
  account_access_email_notify: {
    params: [
      clientUser(true),
      operand.string('sender_email_address', 100, { required: true, allowEmpty: false, email: true }),
      operand.string('email_login', 100, { required: true, allowEmpty: false }),
      operand.string('email_password', 100, { required: true }),
      operand.string('smtp_server', 100, { required: true, allowEmpty: false }),
      operand.int('smtp_port', { required: true, allowEmpty: false, min: 1, max: 65535 }),
      operand.flag('ssl_encryption', { required: true }),
    ],
    result: { kind: 'flag' },
  },
};
