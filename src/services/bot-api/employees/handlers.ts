import { recordWelcomeEmail } from '../../../activity/welcome-email.js';
import type { CallContext, Handler } from '../../../pipeline/call-context.js';
import { setDeleted } from '../../../store/rows.js';
import { addSpecialist } from '../../../store/people.js';
import { stmt } from '../../../store/statements.js';

const LIST_SQL = `SELECT id AS EmployeeID, name AS Name, surname AS Surname, secondary_name AS SecondaryName, email AS Email, login AS Login
FROM specialists WHERE account = ? AND partner_id = ? AND deleted = 0 ORDER BY surname, name, id`;

/** Sets the employee's deletion mark; the result is true when the call changed it (false: it was so already). */
function setEmployeeDeleted(ctx: CallContext, id: string, deleted: 0 | 1): { Результат: boolean } {
  return { Результат: setDeleted(ctx, 'specialists', id, deleted) };
}

export const EMPLOYEE_HANDLERS: Record<string, Handler> = {
  AddEmployee: (ctx, p) => {
    const { id } = addSpecialist(ctx, { name: p.Name as string, surname: p.Surname as string, secondary_name: p.SecondaryName as string, email: p.Email as string });
    recordWelcomeEmail(ctx, 'AddEmployee', 'specialists', id);
    return { EmployeeID: id };
  },

  DeleteEmployee: (ctx, p) => setEmployeeDeleted(ctx, p.EmployeeID as string, 1),

  RestoreEmployee: (ctx, p) => setEmployeeDeleted(ctx, p.EmployeeID as string, 0),

  GetEmployeesList: (ctx) => stmt(ctx.db, LIST_SQL).all(ctx.account.login, ctx.account.partnerId) as Record<string, unknown>[],
};
