import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { insertRow, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { formatLocal } from '../../../time/account-dates.js';
import { ROLE } from '../dictionaries/values.js';
import { given, partnerRows } from '../operands.js';

type Rows = Record<string, unknown>[];

/** The calling partner's lines; an imported line's owner is the vendor whose line it imports. */
const SERVICE_TYPES_SQL = `
SELECT l.id AS service_type_id, l.name AS service_type_name, COALESCE(d.full_name, l.name) AS service_type_full_name,
       CASE WHEN l.kind = 'imported' THEN COALESCE(src.partner_id, l.partner_id) ELSE l.partner_id END AS partner_id
FROM support_lines l
LEFT JOIN support_lines src ON src.account = l.account AND src.id = l.source_line_id
LEFT JOIN service_type_details d ON d.account = l.account AND d.line_id = l.id
WHERE l.account = @account AND l.partner_id = @partner AND l.deleted = 0 AND (@id IS NULL OR l.id = @id)`;

function serviceTypes(ctx: CallContext, id: unknown, owner: unknown = null): Rows {
  const sql = `SELECT * FROM (${SERVICE_TYPES_SQL}) WHERE (@owner IS NULL OR partner_id = @owner) ORDER BY service_type_name, service_type_id`;
  return partnerRows(ctx, sql, { id: id, owner: owner });
}

const today = (ctx: CallContext): string => formatLocal(ctx.now, ctx.account.tzOffsetMinutes).slice(0, 10);

const CONTRACTS_SQL = `
SELECT id AS contract_id, start_date AS contract_start_date, end_date AS contract_end_date, role_id FROM contracts
WHERE account = @account AND partner_id = @partner AND (@id IS NULL OR id = @id) AND (@role IS NULL OR role_id = @role)
  AND (@from IS NULL OR end_date IS NULL OR end_date >= @from) AND (@to IS NULL OR start_date <= @to)
ORDER BY start_date, id`;

/** Periods overlap the filter: open-ended ones always reach the start. */
const CONTRACT_SERVICES_SQL = `
SELECT cs.contract_id, cs.service_type_id, cs.start_date AS contract_service_start_date, cs.end_date AS contract_service_end_date
FROM contract_services cs JOIN contracts c ON c.account = cs.account AND c.id = cs.contract_id
WHERE cs.account = @account AND c.partner_id = @partner AND (@contract IS NULL OR cs.contract_id = @contract) AND (@type IS NULL OR cs.service_type_id = @type)
  AND (@from IS NULL OR cs.end_date IS NULL OR cs.end_date >= @from) AND (@to IS NULL OR cs.start_date <= @to)
ORDER BY c.start_date, cs.contract_id, cs.service_type_id`;

function contractServices(ctx: CallContext, f: { contract?: unknown; type?: unknown; from?: unknown; to?: unknown }): Rows {
  return partnerRows(ctx, CONTRACT_SERVICES_SQL, { contract: f.contract, type: f.type, from: f.from, to: f.to });
}

/** Active abonements (in force now or later) that the partner sold or serves (spec 003 service_read). */
const SERVICES_SQL = `
SELECT id AS service_id, sale_partner_id, client_id, service_partner_id, start_date AS service_start_date, end_date AS service_end_date,
       agent_user_id, service_type_id
FROM services
WHERE account = @account AND (sale_partner_id = @partner OR service_partner_id = @partner) AND stopped = 0 AND (end_date IS NULL OR end_date >= @today)
  AND (@id IS NULL OR id = @id) AND (@sale IS NULL OR sale_partner_id = @sale) AND (@client IS NULL OR client_id = @client)
  AND (@serves IS NULL OR service_partner_id = @serves) AND (@agent IS NULL OR agent_user_id = @agent) AND (@type IS NULL OR service_type_id = @type)
  AND (@from IS NULL OR end_date IS NULL OR end_date >= @from) AND (@to IS NULL OR start_date <= @to)
ORDER BY start_date, id`;

function services(ctx: CallContext, p: Params): Rows {
  return partnerRows(ctx, SERVICES_SQL, { today: today(ctx), id: given(p.service_id), sale: given(p.sale_partner_id), client: given(p.client_id), serves: given(p.service_partner_id), agent: given(p.agent_user_id), type: given(p.service_type_id), from: given(p.service_start_date), to: given(p.service_end_date) });
}

function ensurePeriod(start: string, end: string | null): void {
  if (end !== null && end < start) throw new ApiError('PARAM_NOT_CORRECT', 'Дата окончания абонемента раньше даты его начала');
}

/** The agent's user gets support on the line while an abonement is active (PartnerWebAPI2 sees it). */
function syncLineUser(ctx: CallContext, agentId: unknown, lineId: unknown): void {
  const account = ctx.account.login;
  const user = (stmt(ctx.db, 'SELECT user_id FROM agents WHERE account = ? AND id = ?').get(account, agentId) as { user_id: string }).user_id;
  const active = stmt(ctx.db, 'SELECT 1 FROM services s JOIN agents a ON a.account = s.account AND a.id = s.agent_user_id WHERE s.account = ? AND a.user_id = ? AND s.service_type_id = ? AND s.stopped = 0').get(account, user, lineId);
  if (active) stmt(ctx.db, 'INSERT INTO line_users (account, line_id, user_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(account, lineId, user);
  else stmt(ctx.db, 'DELETE FROM line_users WHERE account = ? AND line_id = ? AND user_id = ?').run(account, lineId, user);
}

export const SERVICE_HANDLERS: Record<string, Handler> = {
  service_type_read: (ctx, p) => serviceTypes(ctx, given(p.service_type_id), given(p.partner_id)),

  service_type_add: (ctx, p) => {
    const franchisee = stmt(ctx.db, 'SELECT 1 FROM partner_roles WHERE account = ? AND partner_id = ? AND role_id = ?').get(ctx.account.login, ctx.account.partnerId, ROLE.franchisee);
    if (!franchisee) throw new ApiError('PARAM_NOT_CORRECT', 'Добавлять виды сервисов могут только франчайзи');
    const id = insertRow(ctx, 'support_lines', { partner_id: ctx.account.partnerId, name: p.service_type_name as string, kind: 'own' });
    stmt(ctx.db, 'INSERT INTO service_type_details (account, line_id, full_name) VALUES (?, ?, ?)').run(ctx.account.login, id, p.service_type_full_name);
    return serviceTypes(ctx, id);
  },

  service_type_edit: (ctx, p) => {
    updateRow(ctx, 'support_lines', p.service_type_id as string, { name: p.service_type_name as string });
    if (p.service_type_full_name !== undefined) {
      stmt(ctx.db, 'INSERT INTO service_type_details (account, line_id, full_name) VALUES (?, ?, ?) ON CONFLICT (account, line_id) DO UPDATE SET full_name = excluded.full_name').run(
        ctx.account.login,
        p.service_type_id,
        p.service_type_full_name,
      );
    }
    return serviceTypes(ctx, p.service_type_id);
  },

  service_type_delete: (ctx, p) => {
    updateRow(ctx, 'support_lines', p.service_type_id as string, { deleted: 1 });
    return [];
  },

  contract_read: (ctx, p) =>
    partnerRows(ctx, CONTRACTS_SQL, { id: given(p.contract_id), role: given(p.role_id), from: given(p.contract_start_date), to: given(p.contract_end_date) }),

  contract_service_read: (ctx, p) =>
    contractServices(ctx, { contract: given(p.contract_id), type: given(p.service_type_id), from: given(p.contract_service_start_date), to: given(p.contract_service_end_date) }),

  /** Into the partner's service contract (role «Сервисный партнер»); answers every permission for the line. */
  contract_service_add: (ctx, p) => {
    const contract = stmt(ctx.db, 'SELECT id FROM contracts WHERE account = ? AND partner_id = ? AND role_id = ? AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date LIMIT 1').get(
      ctx.account.login,
      ctx.account.partnerId,
      ROLE.service,
      today(ctx),
    ) as { id: string } | undefined;
    if (!contract) throw new ApiError('PARAM_NOT_CORRECT', 'У партнера нет действующего договора сервисного партнера');
    const start = given(p.contract_service_start_date) ?? today(ctx);
    stmt(ctx.db, `INSERT INTO contract_services (account, contract_id, service_type_id, start_date, end_date) VALUES (?, ?, ?, ?, NULL)
      ON CONFLICT (account, contract_id, service_type_id) DO UPDATE SET start_date = excluded.start_date, end_date = NULL`).run(ctx.account.login, contract.id, p.service_type_id, start);
    return contractServices(ctx, { type: p.service_type_id });
  },

  contract_service_delete: (ctx, p) => {
    stmt(ctx.db, 'DELETE FROM contract_services WHERE account = ? AND service_type_id = ? AND contract_id IN (SELECT id FROM contracts WHERE account = ? AND partner_id = ?)').run(
      ctx.account.login,
      p.service_type_id,
      ctx.account.login,
      ctx.account.partnerId,
    );
    return [];
  },

  service_read: services,

  service_add: (ctx, p) => {
    const agentClient = (stmt(ctx.db, 'SELECT owner_id FROM agents WHERE account = ? AND id = ?').get(ctx.account.login, p.agent_user_id) as { owner_id: string }).owner_id;
    if (agentClient !== p.client_id) throw new ApiError('PARAM_NOT_CORRECT', 'Агент пользователя не принадлежит указанному клиенту');
    const start = given(p.service_start_date as string) ?? today(ctx);
    const end = given(p.service_end_date as string) ?? null;
    ensurePeriod(start, end);
    const id = insertRow(ctx, 'services', {
      sale_partner_id: ctx.account.partnerId,
      client_id: p.client_id as string,
      service_partner_id: p.service_partner_id as string,
      start_date: start,
      end_date: end,
      agent_user_id: p.agent_user_id as string,
      service_type_id: p.service_type_id as string,
      stopped: 0,
    });
    syncLineUser(ctx, p.agent_user_id, p.service_type_id);
    return services(ctx, { service_id: id });
  },

  service_stop: (ctx, p) => {
    const row = stmt(ctx.db, 'SELECT agent_user_id, service_type_id FROM services WHERE account = ? AND id = ?').get(ctx.account.login, p.service_id) as {
      agent_user_id: string;
      service_type_id: string;
    };
    updateRow(ctx, 'services', p.service_id as string, { stopped: 1 });
    syncLineUser(ctx, row.agent_user_id, row.service_type_id);
    return [];
  },

  service_edit: (ctx, p) => {
    const row = stmt(ctx.db, 'SELECT start_date, end_date FROM services WHERE account = ? AND id = ?').get(ctx.account.login, p.service_id) as { start_date: string; end_date: string | null };
    const changes: Record<string, string | null> = {};
    if (given(p.service_partner_id) !== undefined) changes.service_partner_id = p.service_partner_id as string;
    if (given(p.service_start_date) !== undefined) changes.start_date = p.service_start_date as string;
    if (given(p.service_end_date) !== undefined) changes.end_date = p.service_end_date as string;
    ensurePeriod(changes.start_date ?? row.start_date, changes.end_date !== undefined ? changes.end_date : row.end_date);
    if (Object.keys(changes).length > 0) updateRow(ctx, 'services', p.service_id as string, changes);
    return services(ctx, { service_id: p.service_id });
  },
};
