import { NO_PARAMS, param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';

export const PRIORITIES = ['LOW', 'STANDARD', 'HIGH'] as const;
/** 9999 hours 59 minutes, in seconds (spec 3.62). */
export const MAX_DURATION = 9999 * 3600 + 59 * 60;

const text = (name: string, maxLength: number): ParamSpec => param.string(name, maxLength, { allowEmpty: true });
const live = { notDeleted: true } as const;
const channel = (required: boolean) => param.uuid('ServiceRequestChannelID', { required, ref: 'serviceRequestChannel', ...live });
const executor = (required: boolean) => param.uuid('ExecutorID', { required, ref: 'specialist', ...live });
/** WIRE-FORMAT §11: optional on Add and Edit. */
const status = param.uuid('ServiceRequestStatusID', { ref: 'serviceRequestStatus', ...live });

/** Fields both Add and Edit take, after the ids; Field1–5 are 8000 in 3.62/3.63. */
const details: readonly ParamSpec[] = [
  text('Description', 8000),
  param.number('Duration', { allowEmpty: true, min: 1, max: MAX_DURATION, integer: true }),
  text('Summary', 1000),
  param.string('Priority', 8, { enum: PRIORITIES }),
  text('Deadline', 1000),
  ...[1, 2, 3, 4, 5].map((n) => text(`Field${n}`, 8000)),
];

/**
 * Spec 3.57–3.64. ServiceRequestStatusRead keeps the spec's column name ServiceRequestStatusIType
 * (a public client reads it so) and adds Deleted, which the same client reads. ServiceRequestEdit's
 * Result is "Число (8000)" in 3.63: a string of 8000, as ServiceRequestRead returns it.
 * ServiceRequestHistory's "New Value" is NewValue.
 */
export const SERVICE_REQUEST_OPERATIONS: Record<string, OperationDetails> = {
  ServiceRequestChannelRead: {
    params: NO_PARAMS,
    result: { kind: 'table', columns: [col.id('ServiceRequestChannelID'), col.string('Name', 25), col.string('ChannelType', 25)] },
  },
  ServiceKindRead: {
    params: NO_PARAMS,
    result: { kind: 'table', columns: [col.id('ServiceKindID'), col.string('Name', 100), col.string('Description', 8000), col.boolean('Deleted')] },
  },
  ServiceRequestTypeRead: {
    params: NO_PARAMS,
    result: { kind: 'table', columns: [col.id('ServiceRequestTypeID'), col.string('Name', 100), col.boolean('Deleted')] },
  },
  ServiceRequestStatusRead: {
    params: NO_PARAMS,
    result: {
      kind: 'table',
      columns: [col.id('ServiceRequestStatusID'), col.string('Name', 100), col.string('ServiceRequestStatusIType', 25), col.boolean('Deleted')],
    },
  },
  ServiceRequestRead: {
    params: [param.dateTime('PeriodFrom', { required: true })],
    result: {
      kind: 'table',
      columns: [
        col.id('ServiceRequestID'),
        col.string('Number', 13),
        col.dateTime('CreateTime'),
        col.id('ServiceRequestChannelID'),
        col.id('ServiceLineKindID'),
        col.id('ServiceKindID'),
        col.id('ServiceRequestTypeID'),
        col.id('ClientID'),
        col.id('UserID'),
        col.id('ExecutorID'),
        col.id('ServiceRequestStatusID'),
        col.string('Description', 8000),
        col.number('Duration', 10),
        col.string('Summary', 1000),
        col.string('Priority', 8),
        col.string('Deadline', 1000),
        ...[1, 2, 3, 4, 5].map((n) => col.string(`Field${n}`, 8000)),
        col.string('Result', 8000),
      ],
    },
  },
  ServiceRequestAdd: {
    params: [
      channel(true),
      param.uuid('ServiceLineKindID', { required: true, ref: 'supportLine', ...live }),
      param.uuid('ServiceKindID', { required: true, ref: 'serviceKind', ...live }),
      param.uuid('ServiceRequestTypeID', { required: true, ref: 'serviceRequestType', ...live }),
      param.uuid('UserID', { required: true, ref: 'clientUser', ...live }),
      executor(true),
      status,
      ...details,
    ],
    result: { kind: 'structure', fields: [col.id('ServiceRequestID'), col.string('Number', 13)] },
  },
  ServiceRequestEdit: {
    params: [
      param.uuid('ServiceRequestID', { required: true, ref: 'serviceRequest', ...live }),
      channel(false),
      executor(false),
      status,
      ...details,
      text('Result', 8000),
    ],
    result: { kind: 'none' },
  },
  ServiceRequestHistory: {
    params: [param.uuid('ServiceRequestID', { required: true, ref: 'serviceRequest' })],
    result: {
      kind: 'table',
      columns: [col.dateTime('Time'), col.string('AuthorID', 36), col.string('ChangedField', 11), col.string('OldValue', 8000), col.string('NewValue', 8000)],
    },
  },
};
