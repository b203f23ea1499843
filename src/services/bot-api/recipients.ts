import type { CallContext } from '../../pipeline/call-context.js';
import { stmt } from '../../store/statements.js';

/** The organisation of a client user (ClientID of the chat), or null for the partner's own employee. */
export function clientOf(ctx: CallContext, personId: string): string | null {
  const row = stmt(ctx.db, 'SELECT client_id FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, personId) as
    | { client_id: string }
    | undefined;
  return row?.client_id ?? null;
}
