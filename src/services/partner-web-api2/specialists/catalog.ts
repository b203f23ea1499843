import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

/** Spec 3.38, with the live service's column order (WIRE-FORMAT 4). */
export const SPECIALIST_OPERATIONS: Record<string, OperationDetails> = {
  SpecialistRead: {
    params: [param.dateTime('ChangedFrom')],
    result: {
      kind: 'table',
      columns: [
        col.id('SpecialistID'),
        col.dateTime('CreatedAt'),
        col.boolean('Deleted'),
        col.number('Login', 10),
        col.string('Name', 20),
        col.string('Surname', 20),
        col.string('SecondaryName', 20),
        col.date('Birthday'),
        col.string('Post', 50),
        col.id('DepartmentID'),
        col.string('Phone', 320),
        col.string('EMail', 320),
      ],
    },
  },
};
