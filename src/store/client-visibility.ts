import type { CallContext } from '../pipeline/call-context.js';
import { stmt } from './statements.js';

/**
 * A third-party client is visible to a partner exactly while some of its people are served on the
 * partner's live lines (client_visibility caches that; the partners' own organisations are seeded apart).
 */
export function refreshClientVisibility(ctx: CallContext, clientId: string): void {
  const args = { account: ctx.account.login, partner: ctx.account.partnerId, client: clientId };
  const served = stmt(
    ctx.db,
    `SELECT 1 FROM line_users lu
     JOIN support_lines l ON l.account = lu.account AND l.id = lu.line_id AND l.partner_id = @partner AND l.deleted = 0
     JOIN client_users u ON u.account = lu.account AND u.id = lu.user_id AND u.client_id = @client
     WHERE lu.account = @account LIMIT 1`,
  ).get(args);
  if (served) stmt(ctx.db, 'INSERT OR IGNORE INTO client_visibility (account, partner_id, client_id) VALUES (@account, @partner, @client)').run(args);
  else stmt(ctx.db, 'DELETE FROM client_visibility WHERE account = @account AND partner_id = @partner AND client_id = @client').run(args);
}

const THIRD_PARTY_CLIENT = `JOIN clients c ON c.account = u.account AND c.id = u.client_id AND c.owner_partner_id <> @partner AND c.kind = 'client'`;

/** The client of a person, when it is another partner's client. */
export function thirdPartyClientOfUser(ctx: CallContext, userId: string): string | undefined {
  const row = stmt(ctx.db, `SELECT c.id FROM client_users u ${THIRD_PARTY_CLIENT} WHERE u.account = @account AND u.id = @user`)
    .get({ account: ctx.account.login, partner: ctx.account.partnerId, user: userId }) as { id: string } | undefined;
  return row?.id;
}

/** Other partners' clients whose people are served on a line. */
export function thirdPartyClientsOnLine(ctx: CallContext, lineId: string): string[] {
  const rows = stmt(
    ctx.db,
    `SELECT DISTINCT c.id FROM line_users lu JOIN client_users u ON u.account = lu.account AND u.id = lu.user_id ${THIRD_PARTY_CLIENT}
     WHERE lu.account = @account AND lu.line_id = @line`,
  ).all({ account: ctx.account.login, partner: ctx.account.partnerId, line: lineId }) as { id: string }[];
  return rows.map((r) => r.id);
}
