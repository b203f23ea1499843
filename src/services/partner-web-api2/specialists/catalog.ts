import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';
import { personParams } from '../person-columns.js';

const specialistId = param.uuid('SpecialistID', { required: true, ref: 'specialist', ownOnly: true });

/**
 * The person fields of 3.39/3.40 in the spec's order. DepartmentID is "Строка(50)" in 3.40 and 36 in
 * 3.39: an id either way, from DepartmentRead (own, not deleted).
 */
const specialistParams = (adding: boolean): ParamSpec[] =>
  personParams(adding, 'Birthday', param.uuid('DepartmentID', { allowEmpty: true, ref: 'department', notDeleted: true }));

/** Spec 3.38–3.41 and 3.44; SpecialistRead with the live service's column order (WIRE-FORMAT 4). */
export const SPECIALIST_OPERATIONS: Record<string, OperationDetails> = {
  SpecialistRead: {
    cacheable: true,
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
  SpecialistAdd: {
    params: specialistParams(true),
    result: { kind: 'structure', fields: [col.id('SpecialistID'), col.number('Login', 10)] },
  },
  SpecialistEdit: {
    params: [{ ...specialistId, notDeleted: true }, ...specialistParams(false)],
    result: { kind: 'none' },
  },
  SpecialistDelete: {
    params: [specialistId],
    result: { kind: 'none' },
  },
  SpecialistSendWelcomeEmail: {
    params: [{ ...specialistId, notDeleted: true }],
    result: { kind: 'none' },
  },
};
