import { randomInt } from 'node:crypto';
import type { CallContext, ParamValue } from '../pipeline/call-context.js';
import { connectToAutoLines } from './auto-connect.js';
import { insertRow } from './rows.js';
import { stmt } from './statements.js';

/** Logins are numbers of up to 10 digits (spec 3.26, 3.39). */
const MAX_LOGIN = 9_999_999_999;
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The next free login of a world: one above the highest given to a specialist or a client user (every API's Add of a person). */
export function issueLogin(ctx: CallContext): number {
  const row = stmt(ctx.db, `SELECT MAX(login) AS top FROM (
    SELECT login FROM specialists WHERE account = @account UNION ALL SELECT login FROM client_users WHERE account = @account)`)
    .get({ account: ctx.account.login }) as { top: number | null };
  const next = (row.top ?? 0) + 1;
  if (next > MAX_LOGIN) throw new Error('no free login left in this world');
  return next;
}

/** A password for a person added without one; it goes out only in the welcome e-mail. */
export function newPassword(length = 8): string {
  return Array.from({ length }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

/** Columns of a new person; `password` may be left out (one is made up). */
export type PersonColumns = Record<string, ParamValue | null>;

/** Adds a specialist of the calling partner with a new login (SpecialistAdd, BotAPI AddEmployee, partner_user_add). */
export function addSpecialist(ctx: CallContext, columns: PersonColumns): { id: string; login: number } {
  const login = issueLogin(ctx);
  const id = insertRow(ctx, 'specialists', { password: newPassword(), ...columns, partner_id: ctx.account.partnerId, login });
  connectToAutoLines(ctx, id, 'specialist');
  return { id, login };
}

/** Adds a user to a client with a new login (ClientUserAdd, client_user_add). */
export function addClientUser(ctx: CallContext, clientId: string, columns: PersonColumns): { id: string; login: number } {
  const login = issueLogin(ctx);
  const id = insertRow(ctx, 'client_users', { password: newPassword(), ...columns, client_id: clientId, login });
  connectToAutoLines(ctx, id, 'client_user');
  return { id, login };
}
