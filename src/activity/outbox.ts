import { randomUUID } from 'node:crypto';
import type { CallContext } from '../pipeline/call-context.js';
import { stmt } from '../store/statements.js';
import { toStoreTimestamp } from '../time/account-dates.js';

/** Something the live service would have sent out (an e-mail, a chat notification, a file); the mock keeps it instead. */
export interface OutboxItem {
  kind: 'welcome-email' | 'notification' | 'chat-file';
  recipient: string;
  summary: string;
  details?: Record<string, unknown>;
}

export function recordOutbox(ctx: CallContext, operation: string, item: OutboxItem): string {
  const id = randomUUID();
  stmt(ctx.db, 'INSERT INTO outbox (account, id, kind, operation, recipient, summary, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    ctx.account.login,
    id,
    item.kind,
    operation,
    item.recipient,
    item.summary,
    JSON.stringify(item.details ?? {}),
    toStoreTimestamp(ctx.now),
  );
  return id;
}
