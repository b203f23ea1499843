import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { refreshClientVisibility, thirdPartyClientOfUser } from '../../../store/client-visibility.js';
import { changedSince } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { toStoreTimestamp } from '../../../time/account-dates.js';

/** Receivers on the partner's own and imported lines; what its people get on other partners' lines is not shown (spec 3.51). */
const READ_SQL = `
SELECT u.user_id AS ServiceUserID, u.line_id AS ServiceID, u.created_at AS CreateTime, u.activate_at AS ActivateDate, u.expires_at AS ExpiresDate
FROM line_users u JOIN support_lines l ON l.account = u.account AND l.id = u.line_id
WHERE u.account = ? AND l.partner_id = ? AND l.deleted = 0 AND u.changed_at >= ?
ORDER BY u.line_id, u.created_at, u.user_id`;

const stampOf = (v: unknown): string | null => (v instanceof Date ? toStoreTimestamp(v) : null);

function pair(ctx: CallContext, p: Params) {
  return { account: ctx.account.login, user: p.ServiceUserID, line: p.ServiceID, now: toStoreTimestamp(ctx.now) };
}

function exists(ctx: CallContext, p: Params): boolean {
  return !!stmt(ctx.db, 'SELECT 1 FROM line_users WHERE account = ? AND line_id = ? AND user_id = ?').get(ctx.account.login, p.ServiceID, p.ServiceUserID);
}

const SET_DATES = `UPDATE line_users SET activate_at = COALESCE(@activate, activate_at), expires_at = COALESCE(@expires, expires_at), changed_at = @now
WHERE account = @account AND line_id = @line AND user_id = @user`;

/** Keeps the client of a third party's user visible exactly while the user's people are served here. */
function refreshVisibility(ctx: CallContext, userId: unknown): void {
  const client = thirdPartyClientOfUser(ctx, String(userId));
  if (client) refreshClientVisibility(ctx, client);
}

/** With one of the two dates changed, the period must still end after it starts (the catalog compares two given dates). */
function setDates(ctx: CallContext, p: Params): void {
  stmt(ctx.db, SET_DATES).run({ ...pair(ctx, p), activate: stampOf(p.ActivateDate), expires: stampOf(p.ExpiresDate) });
  const row = stmt(ctx.db, 'SELECT activate_at, expires_at FROM line_users WHERE account = ? AND line_id = ? AND user_id = ?')
    .get(ctx.account.login, p.ServiceID, p.ServiceUserID) as { activate_at: string; expires_at: string };
  if (row.expires_at !== '' && Date.parse(row.expires_at) <= Date.parse(row.activate_at)) {
    const name = p.ExpiresDate !== undefined ? 'ExpiresDate' : 'ActivateDate';
    throw new ApiError('PARAM_NOT_CORRECT', `${name}: поддержка должна заканчиваться позже даты активации`);
  }
}

function isSpecialist(ctx: CallContext, id: unknown): boolean {
  return !!stmt(ctx.db, 'SELECT 1 FROM specialists WHERE account = ? AND id = ?').get(ctx.account.login, id);
}

export const USER_LINE_HANDLERS: Record<string, Handler> = {
  UserServiceLineRead: (ctx, p) => stmt(ctx.db, READ_SQL).all(ctx.account.login, ctx.account.partnerId, changedSince(p)) as Record<string, unknown>[],

  /** Connected now unless CreateTime says otherwise, active from then; connecting again takes the dates given. */
  UserServiceLineAdd: (ctx, p) => {
    const dates = { activate: stampOf(p.ActivateDate), expires: stampOf(p.ExpiresDate) };
    if (exists(ctx, p)) {
      setDates(ctx, p);
      return;
    }
    const created = stampOf(p.CreateTime) ?? toStoreTimestamp(ctx.now);
    stmt(
      ctx.db,
      `INSERT INTO line_users (account, line_id, user_id, user_kind, created_at, activate_at, expires_at, changed_at)
       VALUES (@account, @line, @user, @kind, @created, COALESCE(@activate, @created), COALESCE(@expires, ''), @now)`,
    ).run({ ...pair(ctx, p), ...dates, created, kind: isSpecialist(ctx, p.ServiceUserID) ? 'specialist' : 'client_user' });
    refreshVisibility(ctx, p.ServiceUserID);
  },

  UserServiceLineEdit: (ctx, p) => {
    if (!exists(ctx, p)) throw new ApiError('UID_NOT_CORRECT', 'ServiceID');
    setDates(ctx, p);
  },

  UserServiceLineDelete: (ctx, p) => {
    stmt(ctx.db, 'DELETE FROM line_users WHERE account = ? AND line_id = ? AND user_id = ?').run(ctx.account.login, p.ServiceID, p.ServiceUserID);
    refreshVisibility(ctx, p.ServiceUserID);
  },
};
