import { randomUUID } from 'node:crypto';
import type { CallContext } from '../pipeline/call-context.js';
import { stmt } from '../store/statements.js';
import { toStoreTimestamp } from '../time/account-dates.js';

/** A message on a support line's chat (spec 3.5); `message` is the text, or the XML payload of a service message (spec 4.4). */
export interface ChatMessage {
  messageType: number;
  /** Who receives support: a client user's or a specialist's id (ServiceUserID). */
  serviceUserId: string;
  /** That person's organisation (ClientID); null when it is the partner's own specialist. */
  clientId: string | null;
  lineId: string;
  authorId: string | null;
  message: string;
  /** When it was written; the call's virtual now when absent. */
  at?: Date;
  treatmentId?: string | null;
}

/** Posts a message into the chat history that GetHistoryOfServiceChat reads; returns its MessageID. */
export function postChatMessage(ctx: CallContext, m: ChatMessage): string {
  const id = randomUUID();
  stmt(
    ctx.db,
    `INSERT INTO chat_messages (account, id, message_type, service_user_id, client_id, line_id, author_id, message, message_time, treatment_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(ctx.account.login, id, m.messageType, m.serviceUserId, m.clientId, m.lineId, m.authorId, m.message, toStoreTimestamp(m.at ?? ctx.now), m.treatmentId ?? null);
  return id;
}
