import { randomUUID } from 'node:crypto';
import type { CallContext } from '../pipeline/call-context.js';
import { stmt } from '../store/statements.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import { postChatMessage } from './chat.js';
import { TEXT_MESSAGE } from './chat-payloads/index.js';
import { recordOutbox } from './outbox.js';

export interface PartnerNotification {
  name: string;
  subject: string;
  text: string;
  descriptionHint: string;
  descriptionUrl: string;
  /** When to send; at once when absent. */
  scheduledAt?: Date;
  recipients: readonly { serviceUserId: string; lineId: string }[];
}

/**
 * Stores a notification of PartnerNotificationAdd (spec 3.16) and records it in the outbox per
 * recipient. Its chat messages appear when it is due: at once without a ScheduledDate, otherwise
 * once the account's clock has passed it (delivered by the next chat read).
 */
export function addPartnerNotification(ctx: CallContext, n: PartnerNotification): string {
  const id = randomUUID();
  const account = ctx.account.login;
  stmt(
    ctx.db,
    `INSERT INTO partner_notifications (account, id, name, subject, text, description_hint, description_url, scheduled_at, created_at, delivered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  ).run(account, id, n.name, n.subject, n.text, n.descriptionHint, n.descriptionUrl, n.scheduledAt ? toStoreTimestamp(n.scheduledAt) : null, toStoreTimestamp(ctx.now));
  const insertRecipient = stmt(ctx.db, 'INSERT INTO partner_notification_recipients (account, notification_id, position, service_user_id, line_id) VALUES (?, ?, ?, ?, ?)');
  n.recipients.forEach((r, i) => {
    insertRecipient.run(account, id, i, r.serviceUserId, r.lineId);
    recordOutbox(ctx, 'PartnerNotificationAdd', {
      kind: 'notification',
      recipient: r.serviceUserId,
      summary: n.subject,
      details: { notificationId: id, name: n.name, lineId: r.lineId, scheduledAt: n.scheduledAt?.toISOString() ?? null },
    });
  });
  if (!n.scheduledAt) deliverDueNotifications(ctx);
  return id;
}

interface DueRow {
  id: string;
  subject: string;
  text: string;
  description_hint: string;
  description_url: string;
  scheduled_at: string | null;
  created_at: string;
}

/** Posts the chat messages of every notification whose time has come (spec 3.16 → 3.5). */
export function deliverDueNotifications(ctx: CallContext): void {
  const now = toStoreTimestamp(ctx.now);
  const due = stmt(
    ctx.db,
    `SELECT id, subject, text, description_hint, description_url, scheduled_at, created_at FROM partner_notifications
     WHERE account = ? AND delivered_at IS NULL AND (scheduled_at IS NULL OR scheduled_at <= ?) ORDER BY created_at, id`,
  ).all(ctx.account.login, now) as DueRow[];
  for (const n of due) {
    const at = new Date(n.scheduled_at ?? n.created_at);
    const recipients = stmt(
      ctx.db,
      `SELECT r.service_user_id, r.line_id, u.client_id FROM partner_notification_recipients r
       LEFT JOIN client_users u ON u.account = r.account AND u.id = r.service_user_id
       WHERE r.account = ? AND r.notification_id = ? ORDER BY r.position`,
    ).all(ctx.account.login, n.id) as { service_user_id: string; line_id: string; client_id: string | null }[];
    for (const r of recipients) {
      postChatMessage(ctx, { messageType: TEXT_MESSAGE, serviceUserId: r.service_user_id, clientId: r.client_id, lineId: r.line_id, authorId: null, message: notificationText(n), at });
    }
    stmt(ctx.db, 'UPDATE partner_notifications SET delivered_at = ? WHERE account = ? AND id = ?').run(toStoreTimestamp(at), ctx.account.login, n.id);
  }
}

function notificationText(n: DueRow): string {
  const more = n.description_url ? `\n${n.description_hint}: ${n.description_url}` : '';
  return `${n.subject}\n${n.text}${more}`;
}
