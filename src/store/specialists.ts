import { recordOutbox } from '../activity/outbox.js';
import type { CallContext } from '../pipeline/call-context.js';
import { connectToAutoLines } from './auto-connect.js';
import { insertRow } from './rows.js';
import { stmt } from './statements.js';

/** A new specialist of the calling partner (PartnerWebAPI2 SpecialistAdd, BotAPI AddEmployee). */
export interface NewSpecialist {
  name: string;
  surname: string;
  secondaryName: string;
  email: string;
  birthday?: string | null;
  post?: string;
  departmentId?: string | null;
  phone?: string;
}

const MAX_LOGIN = 9_999_999_999;

/** The next free login of the world: logins are numbers of up to 10 digits, unique among all people. */
export function issueLogin(ctx: CallContext): number {
  const row = stmt(
    ctx.db,
    `SELECT MAX(login) AS top FROM (SELECT login FROM specialists WHERE account = ? UNION ALL SELECT login FROM client_users WHERE account = ?)`,
  ).get(ctx.account.login, ctx.account.login) as { top: number | null };
  const next = (row.top ?? 1_000_000) + 1;
  if (next > MAX_LOGIN) throw new Error('no free login left');
  return next;
}

/** Creates the specialist with a fresh login and leaves the welcome e-mail in the outbox; returns its id and login. */
export function createSpecialist(ctx: CallContext, operation: string, s: NewSpecialist): { id: string; login: number } {
  const login = issueLogin(ctx);
  const id = insertRow(ctx, 'specialists', {
    partner_id: ctx.account.partnerId,
    login,
    name: s.name,
    surname: s.surname,
    secondary_name: s.secondaryName,
    birthday: s.birthday ?? null,
    post: s.post ?? '',
    department_id: s.departmentId ?? null,
    phone: s.phone ?? '',
    email: s.email,
  });
  connectToAutoLines(ctx, id, 'specialist');
  recordOutbox(ctx, operation, {
    kind: 'welcome-email',
    recipient: s.email,
    summary: `Приглашение в 1С-Коннект: логин ${login}`,
    details: { specialistId: id, login },
  });
  return { id, login };
}
