import { BUSINESS_CONTACT_PAYLOAD_FIELDS } from './business-contacts.js';
import type { PayloadFields } from './buhphone.js';
import { CALL_PAYLOAD_FIELDS } from './calls.js';
import { FILE_PAYLOAD_FIELDS } from './files.js';
import { REMOTE_ACCESS_PAYLOAD_FIELDS } from './remote-access.js';
import { SERVICE_REQUEST_PAYLOAD_FIELDS } from './service-requests.js';
import { TREATMENT_PAYLOAD_FIELDS } from './treatments.js';

/** Message type 1 of spec 4.4: the message is plain text, not XML. */
export const TEXT_MESSAGE = 1;

/** Every service message type with its XML fields (spec 4.4), one group per file. */
export const CHAT_PAYLOAD_FIELDS: PayloadFields = {
  ...CALL_PAYLOAD_FIELDS,
  ...REMOTE_ACCESS_PAYLOAD_FIELDS,
  ...FILE_PAYLOAD_FIELDS,
  ...TREATMENT_PAYLOAD_FIELDS,
  ...BUSINESS_CONTACT_PAYLOAD_FIELDS,
  ...SERVICE_REQUEST_PAYLOAD_FIELDS,
};
