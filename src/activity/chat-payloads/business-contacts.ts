import { buhphone, type PayloadFields } from './buhphone.js';

/** Spec 4.4, business contacts: 100 request, 101 cancel, 102 hide, 103 accept, 104 delete. */
export const BUSINESS_CONTACT_PAYLOAD_FIELDS: PayloadFields = {
  100: ['agent_id', 'contact_id'],
  101: ['agent_id', 'contact_id'],
  102: ['agent_id', 'contact_id'],
  103: ['agent_id', 'contact_id'],
  104: ['agent_id', 'contact_id'],
};

export const businessContactPayload = (agentId: string, contactId: string) => buhphone([['agent_id', agentId], ['contact_id', contactId]]);
