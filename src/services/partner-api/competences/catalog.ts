import type { OperationDetails } from '../../../catalog/define.js';
import { field, operand, table } from '../operands.js';

const COMPETENCE_FIELDS = table(field.id('competence_id'), field.id('agent_partner_id'), field.id('service_type_id'), field.int('prioritet'));

/** Spec 003 competence_*: competence_read's signature says agent_id, its text agent_partner_id; both are accepted. */
export const COMPETENCE_OPERATIONS: Record<string, OperationDetails> = {
  competence_read: {
    params: [
      operand.id('competence_id', 'competence'),
      operand.id('agent_partner_id', 'agentPartner', { aliases: ['agent_id'] }),
      operand.id('service_type_id', 'line'),
      operand.int('prioritet'),
    ],
    result: COMPETENCE_FIELDS,
  },
  competence_add: {
    params: [
      operand.id('agent_partner_id', 'agentPartner', { required: true }),
      operand.id('service_type_id', 'line', { required: true }),
      operand.int('prioritet', { min: 1, max: 3 }),
    ],
    result: COMPETENCE_FIELDS,
  },
  competence_stop: { params: [operand.id('competence_id', 'competence', { required: true })], result: COMPETENCE_FIELDS },
};
