import { randomUUID } from 'node:crypto';
import type { CallContext, ParamValue, Params } from '../pipeline/call-context.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import { stmt } from './statements.js';

type Column = string;

/** Maps given parameters onto columns; parameters that were not given are left out. */
export function pickColumns(params: Params, mapping: Record<string, Column>): Record<Column, ParamValue> {
  const out: Record<Column, ParamValue> = {};
  for (const [name, column] of Object.entries(mapping)) {
    const value = params[name];
    if (value !== undefined) out[column] = value instanceof Date ? toStoreTimestamp(value) : value;
  }
  return out;
}

/** Inserts an object of the caller's world with a new id and created/changed stamps; returns the id. */
export function insertRow(ctx: CallContext, table: string, values: Record<Column, ParamValue | null>): string {
  const id = randomUUID();
  const stamp = toStoreTimestamp(ctx.now);
  const row = { account: ctx.account.login, id, ...values, created_at: stamp, changed_at: stamp };
  const columns = Object.keys(row);
  stmt(ctx.db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`).run(row);
  return id;
}

/** Updates the given columns of one object and stamps changed_at. */
export function updateRow(ctx: CallContext, table: string, id: string, changes: Record<Column, ParamValue | null>): void {
  const columns = Object.keys(changes);
  const sets = [...columns.map((c) => `${c} = @${c}`), 'changed_at = @changed_at'].join(', ');
  stmt(ctx.db, `UPDATE ${table} SET ${sets} WHERE account = @account AND id = @id`).run({
    ...changes,
    changed_at: toStoreTimestamp(ctx.now),
    account: ctx.account.login,
    id,
  });
}

/** ChangedFrom filter of the Read operations: objects changed at or after the instant (all when absent). */
export function changedSince(params: Params): string {
  const from = params.ChangedFrom;
  return from instanceof Date ? toStoreTimestamp(from) : '';
}

/** Sets an object's deletion mark; one marked so already stays as it is, its change time too. True when the call changed it. */
export function setDeleted(ctx: CallContext, table: string, id: string, deleted: 0 | 1): boolean {
  const row = stmt(ctx.db, `SELECT deleted FROM ${table} WHERE account = ? AND id = ?`).get(ctx.account.login, id) as { deleted: number } | undefined;
  if (row === undefined || row.deleted === deleted) return false;
  updateRow(ctx, table, id, { deleted });
  return true;
}

/** Named arguments of a Read of the partner's client objects: @account, @partner, @since (ChangedFrom) and @client (ClientID or NULL). */
export function clientReadArgs(ctx: CallContext, params: Params): Record<string, string | null> {
  return { account: ctx.account.login, partner: ctx.account.partnerId, since: changedSince(params), client: (params.ClientID as string | undefined) ?? null };
}

/** Marks an object deleted (the Delete operations): a second delete changes nothing. */
export function markDeleted(ctx: CallContext, table: string, id: string): void {
  setDeleted(ctx, table, id, 1);
}
