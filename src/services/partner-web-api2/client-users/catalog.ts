import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';

const clientUserId = param.uuid('ClientUserID', { required: true, ref: 'clientUser', ownOnly: true });

/** The person fields of 3.26/3.27 after ClientID/ClientUserID, in the spec's order. */
function personParams(owner: string, adding: boolean): ParamSpec[] {
  return [
    param.string('Name', 20, { required: adding }),
    param.string('Surname', 20, { allowEmpty: true }),
    param.string('SecondaryName', 20, { allowEmpty: true }),
    param.string('Password', 10),
    // Parameter names are case-insensitive in the live service; the spec writes BirthDay, the wiki Birthday.
    param.date('BirthDay', { allowEmpty: true, aliases: ['Birthday'] }),
    param.string('Post', 50, { allowEmpty: true }),
    param.uuid('DepartmentID', { allowEmpty: true, ref: 'clientDepartment', notDeleted: true, sameClientAs: owner }),
    param.string('Phone', 320, { allowEmpty: true }),
    param.string('EMail', 320, { required: adding, email: true }),
  ];
}

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
    params: [param.uuid('ClientID', { required: true, ref: 'client', ownOnly: true, notDeleted: true }), ...personParams('ClientID', true)],
    result: { kind: 'structure', fields: [col.id('ClientUserID'), col.number('Login', 10)] },
  },
  ClientUserEdit: {
    params: [{ ...clientUserId, notDeleted: true }, ...personParams('ClientUserID', false)],
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
