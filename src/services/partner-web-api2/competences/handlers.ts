import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { changedSince } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { toStoreTimestamp } from '../../../time/account-dates.js';

const READ_SQL = `
SELECT c.specialist_id AS SpecialistID, c.line_id AS ServiceID, c.activate_at AS ActivateDate, c.expires_at AS ExpiresDate, c.priority AS Priority
FROM competences c
JOIN specialists s ON s.account = c.account AND s.id = c.specialist_id AND s.deleted = 0
JOIN support_lines l ON l.account = c.account AND l.id = c.line_id AND l.deleted = 0
WHERE c.account = ? AND s.partner_id = ? AND c.changed_at >= ?
ORDER BY s.surname, s.name, c.specialist_id, c.line_id`;

const DEFAULT_PRIORITY = 3;

function key(ctx: CallContext, p: Params) {
  return { account: ctx.account.login, specialist: p.SpecialistID, line: p.ServiceID, now: toStoreTimestamp(ctx.now), priority: p.Priority ?? null };
}

function exists(ctx: CallContext, p: Params): boolean {
  return !!stmt(ctx.db, 'SELECT 1 FROM competences WHERE account = ? AND specialist_id = ? AND line_id = ?').get(ctx.account.login, p.SpecialistID, p.ServiceID);
}

const SET_PRIORITY = `UPDATE competences SET priority = COALESCE(@priority, priority), changed_at = @now
WHERE account = @account AND specialist_id = @specialist AND line_id = @line`;

export const COMPETENCE_HANDLERS: Record<string, Handler> = {
  CompetenceRead: (ctx, p) => stmt(ctx.db, READ_SQL).all(ctx.account.login, ctx.account.partnerId, changedSince(p)) as Record<string, unknown>[],

  /** From now on; a competence that exists already keeps its dates and takes the priority given. */
  CompetenceAdd: (ctx, p) => {
    if (exists(ctx, p)) {
      stmt(ctx.db, SET_PRIORITY).run(key(ctx, p));
      return;
    }
    stmt(
      ctx.db,
      `INSERT INTO competences (account, specialist_id, line_id, priority, activate_at, created_at, changed_at)
       VALUES (@account, @specialist, @line, COALESCE(@priority, ${DEFAULT_PRIORITY}), @now, @now, @now)`,
    ).run(key(ctx, p));
  },

  CompetenceEdit: (ctx, p) => {
    if (!exists(ctx, p)) throw new ApiError('UID_NOT_CORRECT', 'ServiceID');
    stmt(ctx.db, SET_PRIORITY).run(key(ctx, p));
  },

  CompetenceDelete: (ctx, p) => {
    stmt(ctx.db, 'DELETE FROM competences WHERE account = ? AND specialist_id = ? AND line_id = ?').run(ctx.account.login, p.SpecialistID, p.ServiceID);
  },
};
