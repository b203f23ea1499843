import type { CallContext } from '../pipeline/call-context.js';
import { stmt } from '../store/statements.js';
import { formatLocal } from '../time/account-dates.js';
import { recordOutbox } from './outbox.js';

interface Recipient {
  email: string;
  login: number;
  name: string;
  surname: string;
}

/**
 * The welcome e-mail with the sign-in data for the agent (spec 3.43, 3.44): kept in the outbox with
 * its address, the login and the sending time in the account's zone; nothing is sent.
 */
export function recordWelcomeEmail(ctx: CallContext, operation: string, table: 'client_users' | 'specialists', personId: string): string {
  const person = stmt(ctx.db, `SELECT email, login, name, surname FROM ${table} WHERE account = ? AND id = ?`)
    .get(ctx.account.login, personId) as Recipient;
  return recordOutbox(ctx, operation, {
    kind: 'welcome-email',
    recipient: person.email,
    summary: `Данные для входа в 1С-Коннект: логин ${person.login}`,
    details: {
      to: person.email,
      login: person.login,
      name: `${person.name} ${person.surname}`.trim(),
      personId,
      sentAt: formatLocal(ctx.now, ctx.account.tzOffsetMinutes),
    },
  });
}
