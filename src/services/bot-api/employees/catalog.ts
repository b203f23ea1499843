import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';
import { infobaseId, optionalInfobaseId } from '../params.js';

const employeeId = param.uuid('EmployeeID', { required: true, ref: 'specialist' });
const booleanResult = { kind: 'structure', fields: [col.boolean('Результат')] } as const;

/** Spec 5.1–5.3 and 5.10 (GetEmployeesList columns as WIRE-FORMAT §9 gives them). */
export const EMPLOYEE_OPERATIONS: Record<string, OperationDetails> = {
  AddEmployee: {
    params: [
      infobaseId,
      param.string('Name', 20, { required: true }),
      param.string('Surname', 20, { required: true, allowEmpty: true }),
      param.string('SecondaryName', 20, { required: true, allowEmpty: true }),
      param.string('Email', 320, { required: true, email: true }),
    ],
    result: { kind: 'structure', fields: [col.id('EmployeeID')] },
  },
  RestoreEmployee: { params: [infobaseId, employeeId], result: booleanResult },
  DeleteEmployee: { params: [infobaseId, employeeId], result: booleanResult },
  GetEmployeesList: {
    params: [optionalInfobaseId],
    result: {
      kind: 'table',
      columns: [
        col.id('EmployeeID'),
        col.string('Name', 20),
        col.string('Surname', 20),
        col.string('SecondaryName', 20),
        col.string('Email', 320),
        col.number('Login', 10),
      ],
    },
  },
};
