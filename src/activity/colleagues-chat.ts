import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CallContext } from '../pipeline/call-context.js';
import { stmt } from '../store/statements.js';
import { formatLocal } from '../time/account-dates.js';

interface Message {
  author_id: string;
  message_time: string;
  text: string;
}

/** Two specialists and a period of store stamps (both bounds inclusive), shown in the time zone `tz` (minutes east of UTC). */
export interface ColleaguesChatQuery {
  first: string;
  second: string;
  from: string;
  to: string;
  tz: number;
}

/**
 * PartnerWebAPI2 3.56 with WIRE-FORMAT 11, and PartnerAPI chat_history_colleagues_read: a ZIP (base64)
 * holding one HTML page per day of the two specialists' messages,
 * `ChatHistory/ChatHistory_Collegue_<id1>_<id2>_<YYYY-MM-DD>.html`; each page names both people and
 * the period, then lists the messages with author, time and text.
 */
export function colleaguesChatArchive(ctx: CallContext, { first, second, from, to, tz }: ColleaguesChatQuery): string {
  const messages = stmt(
    ctx.db,
    `SELECT author_id, message_time, text FROM colleague_messages
     WHERE account = ? AND message_time >= ? AND message_time <= ?
       AND ((author_id = ? AND recipient_id = ?) OR (author_id = ? AND recipient_id = ?))
     ORDER BY message_time, id`,
  ).all(ctx.account.login, from, to, first, second, second, first) as Message[];
  const names = new Map([first, second].map((id) => [id, specialistName(ctx, id)]));
  const byDay = new Map<string, Message[]>();
  for (const m of messages) {
    const day = formatLocal(new Date(m.message_time), tz).slice(0, 10);
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(m);
  }
  const period = `${formatLocal(new Date(from || 0), tz).replace('T', ' ')} — ${formatLocal(new Date(to), tz).replace('T', ' ')}`;
  const files: Zippable = {};
  for (const [day, list] of byDay) {
    const [y, mo, d] = day.split('-').map(Number);
    files[`ChatHistory/ChatHistory_Collegue_${first}_${second}_${day}.html`] = [strToU8(page(names, first, second, period, day, list, tz)), { mtime: new Date(y, mo - 1, d, 12) }];
  }
  return Buffer.from(zipSync(files)).toString('base64');
}

function specialistName(ctx: CallContext, id: string): string {
  const row = stmt(ctx.db, 'SELECT surname, name, secondary_name FROM specialists WHERE account = ? AND id = ?').get(ctx.account.login, id) as
    | { surname: string; name: string; secondary_name: string }
    | undefined;
  return row ? [row.surname, row.name, row.secondary_name].filter(Boolean).join(' ') : id;
}

function page(names: Map<string, string>, first: string, second: string, period: string, day: string, list: Message[], tz: number): string {
  const rows = list
    .map((m) => `<tr><td class="author">${esc(names.get(m.author_id) ?? m.author_id)}</td><td class="time">${formatLocal(new Date(m.message_time), tz).slice(11)}</td><td class="text">${esc(m.text)}</td></tr>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>История переписки ${esc(day)}</title></head>
<body>
<h1>История переписки: ${esc(names.get(first) ?? first)} и ${esc(names.get(second) ?? second)}</h1>
<p class="period">Период: ${esc(period)}</p>
<h2>${esc(day)}</h2>
<table>
${rows}
</table>
</body></html>
`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
