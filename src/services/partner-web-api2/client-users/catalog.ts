import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';
import { personParams } from '../person-columns.js';

const clientUserId = param.uuid('ClientUserID', { required: true, ref: 'clientUser', ownOnly: true });

/** The person fields of 3.26/3.27 after ClientID/ClientUserID; the department is one of the same client's. */
const userParams = (owner: string, adding: boolean): ParamSpec[] =>
  personParams(adding, 'BirthDay', param.uuid('DepartmentID', { allowEmpty: true, ref: 'clientDepartment', notDeleted: true, sameClientAs: owner }));

/** Spec 3.25–3.28 and 3.43; ClientUserRead in the live column order (WIRE-FORMAT 4). */
export const CLIENT_USER_OPERATIONS: Record<string, OperationDetails> = {
  ClientUserRead: {
    params: [param.uuid('ClientID', { ref: 'client' }), param.dateTime('ChangedFrom')],
    result: {
      kind: 'table',
      columns: [
        col.id('ClientUserID'),
        col.id('ClientID'),
        col.boolean('Deleted'),
        col.string('Login', 10),
        col.string('Name', 20),
        col.string('Surname', 20),
        col.string('SecondaryName', 20),
        col.date('BirthDay'),
        col.string('Post', 50),
        col.id('DepartmentID'),
        col.string('Phone', 320),
        col.string('EMail', 320),
        col.boolean('CreatedByMe'),
      ],
    },
  },
  ClientUserAdd: {
    params: [param.uuid('ClientID', { required: true, ref: 'client', ownOnly: true, notDeleted: true }), ...userParams('ClientID', true)],
    result: { kind: 'structure', fields: [col.id('ClientUserID'), col.number('Login', 10)] },
  },
  ClientUserEdit: {
    params: [{ ...clientUserId, notDeleted: true }, ...userParams('ClientUserID', false)],
    result: { kind: 'none' },
  },
  ClientUserDelete: {
    params: [clientUserId],
    result: { kind: 'none' },
  },
  ClientUserSendWelcomeEmail: {
    params: [{ ...clientUserId, notDeleted: true }],
    result: { kind: 'none' },
  },
};
