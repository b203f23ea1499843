import type { CallContext } from '../pipeline/call-context.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import { setDeleted } from './rows.js';
import { stmt } from './statements.js';

/**
 * Deletes a live client for every API (PartnerWebAPI2 ClientDelete, PartnerAPI client_delete, spec 003):
 * its users are marked deleted, their devices lose access, its abonements stop and its users' support
 * lines are disconnected, so no other partner sees the client through them any more. A client deleted
 * already is left as it is. Returns whether the call deleted it.
 */
export function deleteClient(ctx: CallContext, clientId: string): boolean {
  const db = ctx.db;
  const account = ctx.account.login;
  if (!setDeleted(ctx, 'clients', clientId, 1)) return false;
  const stamp = toStoreTimestamp(ctx.now);
  stmt(db, 'DELETE FROM line_users WHERE account = ? AND user_id IN (SELECT id FROM client_users WHERE account = ? AND client_id = ?)').run(account, account, clientId);
  stmt(db, 'UPDATE client_users SET deleted = 1, changed_at = ? WHERE account = ? AND client_id = ? AND deleted = 0').run(stamp, account, clientId);
  stmt(db, 'UPDATE agents SET active = 0, changed_at = ? WHERE account = ? AND agent_type = 2 AND owner_id = ? AND active = 1').run(stamp, account, clientId);
  stmt(db, 'UPDATE services SET stopped = 1, changed_at = ? WHERE account = ? AND client_id = ? AND stopped = 0').run(stamp, account, clientId);
  stmt(db, 'DELETE FROM client_visibility WHERE account = ? AND client_id = ?').run(account, clientId);
  return true;
}
