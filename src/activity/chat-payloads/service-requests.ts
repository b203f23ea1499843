import { escapeXml } from '../../xml/xdto-write.js';

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

/** The XML of messages 121–124, in a CDATA section as the spec 4.4 table gives it. */
export function serviceRequestPayload(p: ServiceRequestPayload): string {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return (
    '<![CDATA[<buhphone>' +
    element('service_request_id', p.serviceRequestId) +
    element('transaction_id', p.transactionId) +
    element('service_request_number', p.number) +
    element('initiator_id', p.initiatorId) +
    element('executor_id', p.executorId) +
    element('owner_id', p.ownerId) +
    '</buhphone>]]>'
  );
}

/** Which message a change posts: finishing and cancelling have their own types. */
export function serviceRequestMessageType(newStatusType: string | undefined): number {
  if (newStatusType === 'FINISHED') return SERVICE_REQUEST_MESSAGE.finished;
  if (newStatusType === 'CANCELLED') return SERVICE_REQUEST_MESSAGE.cancelled;
  return SERVICE_REQUEST_MESSAGE.changed;
}
