import { recordWelcomeEmail } from '../../../activity/welcome-email.js';
import type { Handler } from '../../../pipeline/call-context.js';
import { addSpecialist } from '../../../store/people.js';
import { changedSince, markDeleted, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { personColumns } from '../person-columns.js';

const READ_SQL = `SELECT id AS SpecialistID, created_at AS CreatedAt, deleted AS Deleted, login AS Login, name AS Name,
  surname AS Surname, secondary_name AS SecondaryName, birthday AS Birthday, post AS Post, department_id AS DepartmentID,
  phone AS Phone, email AS EMail
FROM specialists WHERE account = ? AND partner_id = ? AND changed_at >= ? ORDER BY surname, name, id`;

export const SPECIALIST_HANDLERS: Record<string, Handler> = {
  SpecialistRead: (ctx, p) => stmt(ctx.db, READ_SQL).all(ctx.account.login, ctx.account.partnerId, changedSince(p)) as Record<string, unknown>[],

  SpecialistAdd: (ctx, p) => {
    const { id, login } = addSpecialist(ctx, personColumns(p));
    return { SpecialistID: id, Login: login };
  },

  SpecialistEdit: (ctx, p) => updateRow(ctx, 'specialists', p.SpecialistID as string, personColumns(p)),

  SpecialistDelete: (ctx, p) => markDeleted(ctx, 'specialists', p.SpecialistID as string),

  SpecialistSendWelcomeEmail: (ctx, p) => {
    recordWelcomeEmail(ctx, 'SpecialistSendWelcomeEmail', 'specialists', p.SpecialistID as string);
  },
};
