import type { CallContext } from '../pipeline/call-context.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import { stmt } from './statements.js';

export type PersonKind = 'client_user' | 'specialist';

/**
 * Spec 3.34–3.36 AutoConnectServiceForClients / ForSpecialists: a person created in the partner's world is
 * served at once on each of the partner's live lines (own or imported) that says so. Lines only for the
 * partner's own employees (ServiceUsersAudience FORSPECIALISTS) do not take client users.
 */
const AUTO_CONNECT_SQL = `
INSERT OR IGNORE INTO line_users (account, line_id, user_id, user_kind, created_at, activate_at, expires_at, changed_at)
SELECT l.account, l.id, @person, @kind, @now, @now, '', @now FROM support_lines l
WHERE l.account = @account AND l.partner_id = @partner AND l.deleted = 0
  AND CASE @kind WHEN 'specialist' THEN l.auto_connect_specialists = 1 ELSE l.auto_connect_clients = 1 AND l.users_audience = 'ALL' END`;

/** Connects a person just created to the partner's lines set to connect new people of that kind. */
export function connectToAutoLines(ctx: CallContext, personId: string, kind: PersonKind): void {
  stmt(ctx.db, AUTO_CONNECT_SQL).run({
    account: ctx.account.login,
    partner: ctx.account.partnerId,
    person: personId,
    kind,
    now: toStoreTimestamp(ctx.now),
  });
}
