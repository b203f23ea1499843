import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

const clientId = param.uuid('ClientID', { required: true, ref: 'client', ownOnly: true });
const departmentId = (opts: Parameters<typeof param.uuid>[1] = {}) =>
  param.uuid('DepartmentID', { required: true, ref: 'clientDepartment', ownOnly: true, sameClientAs: 'ClientID', ...opts });

/** Spec 3.69–3.72. ClientDepartmentEdit's Name is "Строка(11)" in 3.71, the typo of 3.67: 100 as in 3.69/3.70. */
export const CLIENT_DEPARTMENT_OPERATIONS: Record<string, OperationDetails> = {
  ClientDepartmentRead: {
    params: [param.dateTime('ChangedFrom'), param.uuid('ClientID', { ref: 'client' })],
    result: { kind: 'table', columns: [col.id('ClientID'), col.id('DepartmentID'), col.string('Name', 100), col.boolean('Deleted')] },
  },
  ClientDepartmentAdd: {
    params: [{ ...clientId, notDeleted: true }, param.string('Name', 100, { required: true })],
    result: { kind: 'structure', fields: [col.id('DepartmentID')] },
  },
  ClientDepartmentEdit: {
    params: [clientId, departmentId({ notDeleted: true }), param.string('Name', 100)],
    result: { kind: 'none' },
  },
  ClientDepartmentDelete: {
    params: [clientId, departmentId()],
    result: { kind: 'none' },
  },
};
