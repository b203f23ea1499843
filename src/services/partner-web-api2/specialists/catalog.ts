import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';

const specialistId = param.uuid('SpecialistID', { required: true, ref: 'specialist', ownOnly: true });

/**
 * The person fields of 3.39/3.40 in the spec's order. DepartmentID is "Строка(50)" in 3.40 and 36 in
 * 3.39: an id either way, from DepartmentRead (own, not deleted).
 */
function personParams(adding: boolean): ParamSpec[] {
  return [
    param.string('Name', 20, { required: adding }),
    param.string('Surname', 20, { allowEmpty: true }),
    param.string('SecondaryName', 20, { allowEmpty: true }),
    param.string('Password', 10),
    // Parameter names are case-insensitive in the live service; 3.39 writes Birthday, 3.25 BirthDay.
    param.date('Birthday', { allowEmpty: true, aliases: ['BirthDay'] }),
    param.string('Post', 50, { allowEmpty: true }),
    param.uuid('DepartmentID', { allowEmpty: true, ref: 'department', notDeleted: true }),
    param.string('Phone', 320, { allowEmpty: true }),
    param.string('EMail', 320, { required: adding, email: true }),
  ];
}

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
    params: personParams(true),
    result: { kind: 'structure', fields: [col.id('SpecialistID'), col.number('Login', 10)] },
  },
  SpecialistEdit: {
    params: [{ ...specialistId, notDeleted: true }, ...personParams(false)],
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
