import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

const departmentId = param.uuid('DepartmentID', { required: true, ref: 'department', ownOnly: true });

/** Spec 3.65–3.68. DepartmentEdit's Name is "Строка(11)" in 3.67, a typo for the 100 of 3.65/3.66. */
export const DEPARTMENT_OPERATIONS: Record<string, OperationDetails> = {
  DepartmentRead: {
    cacheable: true,
    params: [param.dateTime('ChangedFrom')],
    result: { kind: 'table', columns: [col.id('DepartmentID'), col.string('Name', 100), col.boolean('Deleted')] },
  },
  DepartmentAdd: {
    params: [param.string('Name', 100, { required: true })],
    result: { kind: 'structure', fields: [col.id('DepartmentID')] },
  },
  DepartmentEdit: {
    params: [{ ...departmentId, notDeleted: true }, param.string('Name', 100)],
    result: { kind: 'none' },
  },
  DepartmentDelete: {
    params: [departmentId],
    result: { kind: 'none' },
  },
};
