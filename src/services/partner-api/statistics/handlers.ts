import { TEXT_MESSAGE } from '../../../activity/chat-payloads/index.js';
import { colleaguesChatArchive } from '../../../activity/colleagues-chat.js';
import { deliverDueNotifications } from '../../../activity/notifications.js';
import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { stmt } from '../../../store/statements.js';
import { formatLocal, toStoreTimestamp } from '../../../time/account-dates.js';
import { MOSCOW_OFFSET_MINUTES, moscowMonthsBefore } from '../../../time/moscow-time.js';
import { escapeXml } from '../../../xml/xdto-write.js';
import { callStatistics, remoteAccessStatistics, sipCallStatistics, storePeriod } from './activity-reports.js';

/** Start and end of a report, both inclusive; the start defaults to now minus two calendar months, the end to now. */
function reportPeriod(ctx: CallContext, p: Params, from = 'start_time', to = 'end_time'): { from: Date; to: Date } {
  const start = p[from] instanceof Date ? (p[from] as Date) : moscowMonthsBefore(ctx.now, 2);
  const end = p[to] instanceof Date ? (p[to] as Date) : ctx.now;
  if (start > end) throw new ApiError('PARAM_NOT_CORRECT', `Начало интервала отчета (${from}) позже его окончания (${to})`);
  return { from: start, to: end };
}

interface ChatLine {
  message_time: string;
  author: string | null;
  message: string;
}

const moscowTime = (stamp: string | Date) => formatLocal(typeof stamp === 'string' ? new Date(stamp) : stamp, MOSCOW_OFFSET_MINUTES).replace('T', ' ');

/** The history as an HTML page (UTF-8): a header with the period in Moscow time, then one line per message. */
function historyPage(title: string, subtitle: string, period: { from: Date; to: Date }, messages: readonly ChatLine[]): Buffer {
  const lines = messages.map(
    (m) => `<p class="message"><span class="time">${moscowTime(m.message_time)}</span> <b>${escapeXml(m.author ?? '')}</b>: ${escapeXml(m.message)}</p>`,
  );
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head><body>` +
    `<h1>${escapeXml(title)}</h1><p>${escapeXml(subtitle)}</p><p>Период (МСК): ${moscowTime(period.from)} — ${moscowTime(period.to)}</p>` +
    `${lines.join('')}</body></html>`;
  return Buffer.from(html, 'utf8');
}

const CHAT_SQL = `
SELECT m.message_time, COALESCE(NULLIF(TRIM(cu.name || ' ' || cu.surname), ''), NULLIF(TRIM(s.name || ' ' || s.surname), '')) AS author, m.message
FROM chat_messages m
LEFT JOIN client_users cu ON cu.account = m.account AND cu.id = m.author_id
LEFT JOIN specialists s ON s.account = m.account AND s.id = m.author_id
WHERE m.account = ? AND m.service_user_id = ? AND m.line_id = ? AND m.message_type = ${TEXT_MESSAGE} AND m.message_time BETWEEN ? AND ?
ORDER BY m.message_time, m.id`;

export const STATISTICS_HANDLERS: Record<string, Handler> = {
  statistics_read: (ctx, p) => callStatistics(ctx, p, storePeriod(ctx, reportPeriod(ctx, p))),
  remote_access_statistics_read: (ctx, p) => remoteAccessStatistics(ctx, p, storePeriod(ctx, reportPeriod(ctx, p))),
  sip_calls_statistics_read: (ctx, p) => sipCallStatistics(ctx, p, storePeriod(ctx, reportPeriod(ctx, p))),

  chat_history_statistics_read: (ctx, p) => {
    deliverDueNotifications(ctx);
    const period = reportPeriod(ctx, p, 'period_from', 'period_to');
    const messages = stmt(ctx.db, CHAT_SQL).all(ctx.account.login, p.client_user_id, p.service_id, toStoreTimestamp(period.from), toStoreTimestamp(period.to)) as ChatLine[];
    const line = stmt(ctx.db, 'SELECT name FROM support_lines WHERE account = ? AND id = ?').get(ctx.account.login, p.service_id) as { name: string };
    return { Bytes: historyPage('История чата', `Линия поддержки: ${line.name}`, period, messages) };
  },

  /** The same ZIP of HTML pages as PartnerWebAPI2 GetHistoryOfColleaguesChat, in Moscow time. */
  chat_history_colleagues_read: (ctx, p) => {
    const period = storePeriod(ctx, reportPeriod(ctx, p, 'period_from', 'period_to'));
    const archive = colleaguesChatArchive(ctx, { first: String(p.Colleague1_id), second: String(p.Colleague2_id), ...period, tz: MOSCOW_OFFSET_MINUTES });
    return { Bytes: Buffer.from(archive, 'base64') };
  },
};
