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
