import type { Handler } from '../../../pipeline/call-context.js';
import { changedSince, insertRow, markDeleted, pickColumns, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';

const READ_SQL = `SELECT id AS DepartmentID, name AS Name, deleted AS Deleted FROM departments
WHERE account = ? AND partner_id = ? AND changed_at >= ? ORDER BY name, id`;

export const DEPARTMENT_HANDLERS: Record<string, Handler> = {
  DepartmentRead: (ctx, p) => stmt(ctx.db, READ_SQL).all(ctx.account.login, ctx.account.partnerId, changedSince(p)) as Record<string, unknown>[],

  DepartmentAdd: (ctx, p) => ({ DepartmentID: insertRow(ctx, 'departments', { partner_id: ctx.account.partnerId, name: p.Name as string }) }),

  DepartmentEdit: (ctx, p) => updateRow(ctx, 'departments', p.DepartmentID as string, pickColumns(p, { Name: 'name' })),

  DepartmentDelete: (ctx, p) => markDeleted(ctx, 'departments', p.DepartmentID as string),
};
