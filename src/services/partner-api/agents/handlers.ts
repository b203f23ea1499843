import { randomInt } from 'node:crypto';
import { recordOutbox } from '../../../activity/outbox.js';
import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { insertRow, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { PARTNER_AGENT_NUMBER_BASE, USER_AGENT_NUMBER_BASE } from '../dictionaries/values.js';
import { given, partnerRows } from '../operands.js';

type Rows = Record<string, unknown>[];

const PARTNER_AGENTS_SQL = `
SELECT id AS agent_partner_id, number AS agent_partner_number, agent_type, password AS agent_partner_password,
       owner_id AS partner_id, active AS agent_partner_activity, user_id AS partner_user_id
FROM agents
WHERE account = @account AND agent_type = 1 AND owner_id = @partner
  AND (@id IS NULL OR id = @id) AND (@active IS NULL OR active = @active) AND (@user IS NULL OR user_id = @user)
ORDER BY number`;

/** User agents of the partner's own clients. */
const USER_AGENTS_SQL = `
SELECT a.id AS agent_user_id, a.number AS agent_user_number, a.agent_type, a.password AS agent_user_password,
       a.owner_id AS client_id, a.active AS agent_user_activity, a.user_id AS client_user_id
FROM agents a JOIN clients c ON c.account = a.account AND c.id = a.owner_id
WHERE a.account = @account AND a.agent_type = 2 AND c.owner_partner_id = @partner
  AND (@id IS NULL OR a.id = @id) AND (@client IS NULL OR a.owner_id = @client)
  AND (@active IS NULL OR a.active = @active) AND (@user IS NULL OR a.user_id = @user)
ORDER BY a.number`;

const activity = (v: Params[string]) => (typeof v === 'boolean' ? Number(v) : null);

function partnerAgents(ctx: CallContext, filter: { id?: unknown; active?: number | null; user?: unknown }): Rows {
  return partnerRows(ctx, PARTNER_AGENTS_SQL, { id: filter.id, active: filter.active, user: filter.user });
}

function userAgents(ctx: CallContext, filter: { id?: unknown; client?: unknown; active?: number | null; user?: unknown }): Rows {
  return partnerRows(ctx, USER_AGENTS_SQL, { id: filter.id, client: filter.client, active: filter.active, user: filter.user });
}

/** The next agent number of its kind; partner agents start with 271828 (spec 003). */
function nextNumber(ctx: CallContext, type: 1 | 2): string {
  const base = type === 1 ? PARTNER_AGENT_NUMBER_BASE : USER_AGENT_NUMBER_BASE;
  const row = stmt(ctx.db, 'SELECT MAX(CAST(number AS INTEGER)) AS n FROM agents WHERE account = ? AND agent_type = ?').get(ctx.account.login, type) as { n: number | null };
  return String(Math.max(row.n ?? base, base) + 1);
}

/** An empty password is generated (spec 003 agent_*_add). */
const passwordOf = (value: Params[string]): string => (typeof value === 'number' && value > 0 ? String(value) : String(randomInt(100000, 1000000)));

function clientOfUser(ctx: CallContext, userId: unknown): string {
  return (stmt(ctx.db, 'SELECT client_id FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, userId) as { client_id: string }).client_id;
}

/**
 * Deletes an active agent (answer: no rows, spec 003), or gives a deleted one its access back (spec 003
 * client_delete: access is restored "через операции client_user_delete и agent_user_delete"). True when deleted.
 */
function toggleAgent(ctx: CallContext, id: string): boolean {
  const { active } = stmt(ctx.db, 'SELECT active FROM agents WHERE account = ? AND id = ?').get(ctx.account.login, id) as { active: number };
  updateRow(ctx, 'agents', id, { active: active === 1 ? 0 : 1 });
  return active === 1;
}

export const AGENT_HANDLERS: Record<string, Handler> = {
  agent_partner_read: (ctx, p) => partnerAgents(ctx, { id: given(p.agent_partner_id), active: activity(p.agent_partner_activity), user: given(p.partner_user_id) }),

  agent_partner_add: (ctx, p) => {
    const id = insertRow(ctx, 'agents', {
      agent_type: 1,
      number: nextNumber(ctx, 1),
      password: passwordOf(p.agent_partner_password),
      owner_id: ctx.account.partnerId,
      user_id: p.partner_user_id as string,
      active: 1,
    });
    return partnerAgents(ctx, { id });
  },

  // agent_partner_activity is a dummy operand (spec 003): accepted and ignored.
  agent_partner_edit: (ctx, p) => {
    const changes: Record<string, string> = {};
    if (given(p.agent_partner_password) !== undefined) changes.password = String(p.agent_partner_password);
    if (given(p.partner_user_id) !== undefined) changes.user_id = String(p.partner_user_id);
    if (Object.keys(changes).length > 0) updateRow(ctx, 'agents', p.agent_partner_id as string, changes);
    return partnerAgents(ctx, { id: p.agent_partner_id });
  },

  agent_partner_delete: (ctx, p) => (toggleAgent(ctx, p.agent_partner_id as string) ? [] : partnerAgents(ctx, { id: p.agent_partner_id })),

  agent_user_read: (ctx, p) =>
    userAgents(ctx, { id: given(p.agent_user_id), client: given(p.client_id), active: activity(p.agent_user_activity), user: given(p.client_user_id) }),

  agent_user_add: (ctx, p) => {
    const id = insertRow(ctx, 'agents', {
      agent_type: 2,
      number: nextNumber(ctx, 2),
      password: passwordOf(p.agent_user_password),
      owner_id: clientOfUser(ctx, p.client_user_id),
      user_id: p.client_user_id as string,
      active: 1,
    });
    return userAgents(ctx, { id });
  },

  // agent_user_activity is a dummy operand; the new user must work for the agent's client (no transfers).
  agent_user_edit: (ctx, p) => {
    const id = p.agent_user_id as string;
    const changes: Record<string, string> = {};
    if (given(p.agent_user_password) !== undefined) changes.password = String(p.agent_user_password);
    if (given(p.client_user_id) !== undefined) {
      const owner = (stmt(ctx.db, 'SELECT owner_id FROM agents WHERE account = ? AND id = ?').get(ctx.account.login, id) as { owner_id: string }).owner_id;
      if (clientOfUser(ctx, p.client_user_id) !== owner) {
        throw new ApiError('PARAM_NOT_CORRECT', 'Пользователь должен быть сотрудником клиента, у которого находится агент: передача агентов не выполняется');
      }
      changes.user_id = String(p.client_user_id);
    }
    if (Object.keys(changes).length > 0) updateRow(ctx, 'agents', id, changes);
    return userAgents(ctx, { id });
  },

  agent_user_delete: (ctx, p) => (toggleAgent(ctx, p.agent_user_id as string) ? [] : userAgents(ctx, { id: p.agent_user_id })),

  /** The mock sends no mail: the notice goes to the outbox (GET on the admin outbox shows it). */
  account_access_email_notify: (ctx, p) => {
    const user = stmt(ctx.db, 'SELECT name, surname, email FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, p.client_user_id) as {
      name: string;
      surname: string;
      email: string;
    };
    if (user.email === '') throw new ApiError('PARAM_NOT_CORRECT', 'У сотрудника клиента не указан адрес электронной почты');
    recordOutbox(ctx, 'account_access_email_notify', {
      kind: 'welcome-email',
      recipient: user.email,
      summary: `Доступ к 1С-Коннект для ${user.name} ${user.surname}`.trim(),
      details: { client_user_id: p.client_user_id, sender: p.sender_email_address, smtp_server: p.smtp_server, smtp_port: p.smtp_port, ssl: p.ssl_encryption },
    });
    return { Flag: true };
  },
};
