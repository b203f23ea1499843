import { param } from '../../catalog/define.js';
import type { ParamSpec } from '../../catalog/types.js';
import type { ParamValue, Params } from '../../pipeline/call-context.js';
import { pickColumns } from '../../store/rows.js';

/** Parameters of a person (spec 3.26/3.27 client users, 3.39/3.40 specialists) and their columns. */
const PERSON_COLUMNS = {
  Name: 'name',
  Surname: 'surname',
  SecondaryName: 'secondary_name',
  Password: 'password',
  Birthday: 'birthday',
  BirthDay: 'birthday',
  Post: 'post',
  DepartmentID: 'department_id',
  Phone: 'phone',
  EMail: 'email',
};

/** Columns that hold NULL, not "", when the parameter is given empty. */
const NULLABLE = new Set(['birthday', 'department_id']);

/** The given person parameters as columns; an empty birthday or department clears it. */
export function personColumns(params: Params): Record<string, ParamValue | null> {
  const columns: Record<string, ParamValue | null> = pickColumns(params, PERSON_COLUMNS);
  for (const column of NULLABLE) if (columns[column] === '') columns[column] = null;
  return columns;
}

/**
 * The person parameters of 3.26/3.27 (client users) and 3.39/3.40 (specialists) in the spec's order, after
 * the id: `birthday` is each section's spelling (the other one is accepted too), `department` its DepartmentID.
 */
export function personParams(adding: boolean, birthday: 'BirthDay' | 'Birthday', department: ParamSpec): ParamSpec[] {
  return [
    param.string('Name', 20, { required: adding }),
    param.string('Surname', 20, { allowEmpty: true }),
    param.string('SecondaryName', 20, { allowEmpty: true }),
    param.string('Password', 10),
    param.date(birthday, { allowEmpty: true, aliases: [birthday === 'BirthDay' ? 'Birthday' : 'BirthDay'] }),
    param.string('Post', 50, { allowEmpty: true }),
    department,
    param.string('Phone', 320, { allowEmpty: true }),
    param.string('EMail', 320, { required: adding, email: true }),
  ];
}
