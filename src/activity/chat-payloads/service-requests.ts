import { buhphone, type PayloadFields } from './buhphone.js';

/** Service-request message types of spec 4.4. */
export const SERVICE_REQUEST_MESSAGE = {
  created: 121,
  changed: 122,
  finished: 123,
  cancelled: 124,
} as const;

export interface ServiceRequestPayload {
  serviceRequestId: string;
  /** One id per change: the messages of one change share it. */
  transactionId: string;
  number: string;
  /** Who asked for the service: the request's client user. */
  initiatorId: string;
  executorId: string;
  /** The executor's organisation: the partner. */
  ownerId: string;
}

const FIELDS = ['service_request_id', 'transaction_id', 'service_request_number', 'initiator_id', 'executor_id', 'owner_id'];

/** Spec 4.4, service requests: 121 created, 122 changed, 123 finished, 124 cancelled. */
export const SERVICE_REQUEST_PAYLOAD_FIELDS: PayloadFields = { 121: FIELDS, 122: FIELDS, 123: FIELDS, 124: FIELDS };

/**
 * The XML of messages 121–124. The spec's table shows it inside a CDATA section: that is how the
 * string travels on the wire; the message itself is the `<buhphone>` XML, which the response writer
 * escapes and a client's parser gives back whole.
 */
export function serviceRequestPayload(p: ServiceRequestPayload): string {
  return buhphone([
    ['service_request_id', p.serviceRequestId],
    ['transaction_id', p.transactionId],
    ['service_request_number', p.number],
    ['initiator_id', p.initiatorId],
    ['executor_id', p.executorId],
    ['owner_id', p.ownerId],
  ]);
}

/** Which message a change posts: finishing and cancelling have their own types. */
export function serviceRequestMessageType(newStatusType: string | undefined): number {
  if (newStatusType === 'FINISHED') return SERVICE_REQUEST_MESSAGE.finished;
  if (newStatusType === 'CANCELLED') return SERVICE_REQUEST_MESSAGE.cancelled;
  return SERVICE_REQUEST_MESSAGE.changed;
}
