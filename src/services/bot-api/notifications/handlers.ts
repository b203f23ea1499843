import { randomUUID } from 'node:crypto';
import { postChatMessage } from '../../../activity/chat.js';
import { notificationText } from '../../../activity/chat-payloads/notification.js';
import { recordOutbox } from '../../../activity/outbox.js';
import type { Handler, TableRow } from '../../../pipeline/call-context.js';
import { clientOf } from '../recipients.js';

export const NOTIFICATION_HANDLERS: Record<string, Handler> = {
  SendNotification: (ctx, p) => {
    const recipients = p.Recipients as readonly TableRow[];
    const notificationId = randomUUID();
    const subject = p.Subject as string;
    for (const r of recipients) {
      const person = r.EmployeeID as string;
      const lineId = r.SupportLineID as string;
      const descriptionUrl = (r.DescriptionURL as string | undefined) ?? '';
      const descriptionHint = (r.DescriptionHint as string | undefined) ?? '';
      const message = notificationText({ subject, text: p.Text as string, descriptionUrl, descriptionHint });
      const messageId = postChatMessage(ctx, { messageType: 1, serviceUserId: person, clientId: clientOf(ctx, person), lineId, authorId: null, message });
      recordOutbox(ctx, 'SendNotification', {
        kind: 'notification',
        recipient: person,
        summary: subject,
        details: { notificationId, infobaseId: p.InfobaseID, name: p.Name, supportLineId: lineId, descriptionUrl, descriptionHint, messageId },
      });
    }
    return { NotificationID: notificationId };
  },
};
