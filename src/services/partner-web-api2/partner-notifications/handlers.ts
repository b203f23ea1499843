import { addPartnerNotification } from '../../../activity/notifications.js';
import type { Handler, TableRow } from '../../../pipeline/call-context.js';

export const PARTNER_NOTIFICATION_HANDLERS: Record<string, Handler> = {
  PartnerNotificationAdd: (ctx, p) => ({
    PartnerNotificationID: addPartnerNotification(ctx, {
      name: String(p.Name),
      subject: String(p.Subject),
      text: String(p.Text),
      descriptionHint: String(p.DescriptionHint ?? ''),
      descriptionUrl: String(p.DescriptionURL ?? ''),
      scheduledAt: p.ScheduledDate instanceof Date ? p.ScheduledDate : undefined,
      recipients: (p.Recipients as readonly TableRow[]).map((r) => ({ serviceUserId: String(r.ServiceUserID), lineId: String(r.ServiceID) })),
    }),
  }),
};
