import type { Handler } from '../../../pipeline/call-context.js';
import { clientReadArgs, insertRow, markDeleted, pickColumns, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';

/** Departments of own clients, and of third-party clients visible to the partner (read-only). */
const READ_SQL = `
SELECT d.client_id AS ClientID, d.id AS DepartmentID, d.name AS Name, d.deleted AS Deleted
FROM client_departments d JOIN clients c ON c.account = d.account AND c.id = d.client_id
WHERE d.account = @account
  AND (c.owner_partner_id = @partner
       OR EXISTS (SELECT 1 FROM client_visibility v WHERE v.account = c.account AND v.partner_id = @partner AND v.client_id = c.id))
  AND d.changed_at >= @since AND (@client IS NULL OR d.client_id = @client)
ORDER BY c.name, d.client_id, d.name, d.id`;


export const CLIENT_DEPARTMENT_HANDLERS: Record<string, Handler> = {
  ClientDepartmentRead: (ctx, p) => stmt(ctx.db, READ_SQL).all(clientReadArgs(ctx, p)) as Record<string, unknown>[],

  ClientDepartmentAdd: (ctx, p) => ({ DepartmentID: insertRow(ctx, 'client_departments', { client_id: p.ClientID as string, name: p.Name as string }) }),

  ClientDepartmentEdit: (ctx, p) => updateRow(ctx, 'client_departments', p.DepartmentID as string, pickColumns(p, { Name: 'name' })),

  ClientDepartmentDelete: (ctx, p) => markDeleted(ctx, 'client_departments', p.DepartmentID as string),
};
