import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

const serviceUserId = param.uuid('ServiceUserID', { required: true, ref: 'serviceUser', notDeleted: true });
const serviceId = param.uuid('ServiceID', { required: true, ref: 'line', notDeleted: true });
/** Dates of 3.52/3.53 are in the server's zone (GMT+3); a support period ends after it starts. */
const activateDate = param.dateTime('ActivateDate', { serverTimeZone: true, before: 'ExpiresDate' });
const expiresDate = param.dateTime('ExpiresDate', { serverTimeZone: true });

/** Spec 3.51–3.54. ServiceUserID is a ClientUserID or a SpecialistID (WIRE-FORMAT 11). */
export const USER_LINE_OPERATIONS: Record<string, OperationDetails> = {
  UserServiceLineRead: {
    params: [param.dateTime('ChangedFrom')],
    result: {
      kind: 'table',
      columns: [
        col.id('ServiceUserID'),
        col.id('ServiceID'),
        col.dateTime('CreateTime', true),
        col.dateTime('ActivateDate', true),
        col.dateTime('ExpiresDate', true),
      ],
    },
  },
  UserServiceLineAdd: {
    params: [serviceUserId, serviceId, param.dateTime('CreateTime', { serverTimeZone: true }), activateDate, expiresDate],
    result: { kind: 'none' },
  },
  UserServiceLineEdit: {
    params: [{ ...serviceUserId, notDeleted: false }, serviceId, activateDate, expiresDate],
    result: { kind: 'none' },
  },
  // Support of a person or on a line deleted since may still be ended.
  UserServiceLineDelete: {
    params: [
      { ...serviceUserId, notDeleted: false },
      { ...serviceId, notDeleted: false },
    ],
    result: { kind: 'none' },
  },
};
