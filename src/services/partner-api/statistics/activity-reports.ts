import type { CallContext, Params } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';
import { toStoreTimestamp } from '../../../time/account-dates.js';
import { given, partnerRows } from '../operands.js';

type Rows = Record<string, unknown>[];

/** A report's period as store stamps, both bounds inclusive; nothing after the account's now exists yet. */
export interface StorePeriod {
  from: string;
  to: string;
}

/**
 * The activity tables keep people (specialists, client users); PartnerAPI speaks of their agents
 * (devices). A person's agent is their active one with the lowest number; a person without an agent
 * is shown by their own id, so the reports keep every row PartnerWebAPI2's histories show.
 */
const agentOf = (column: string) =>
  `COALESCE((SELECT a.id FROM agents a WHERE a.account = @account AND a.user_id = ${column} ORDER BY a.active DESC, CAST(a.number AS INTEGER) LIMIT 1), ${column})`;

/** The person an agent operand stands for (the value itself when it names no agent), or null when not given. */
function personOf(ctx: CallContext, agentId: Params[string]): string | null {
  const id = given(agentId);
  if (id === undefined) return null;
  const row = stmt(ctx.db, 'SELECT user_id FROM agents WHERE account = ? AND id = ?').get(ctx.account.login, id) as { user_id: string } | undefined;
  return row?.user_id ?? String(id);
}

function filters(ctx: CallContext, p: Params, period: StorePeriod, src = 'src_agent_id', dst = 'dst_agent_id') {
  return { from: period.from, to: period.to, client: given(p.client_id), line: given(p.service_type_id), agent: personOf(ctx, p.agent_id), src: personOf(ctx, p[src]), dst: personOf(ctx, p[dst]) };
}

/** The call's chat events: its outcome (spec 002 4.4 types 22–36) and its record link (16) come at most 40 s after its end. */
const CALL_EVENTS = `FROM chat_messages m INDEXED BY chat_messages_user WHERE m.account = c.account AND m.service_user_id = c.service_user_id AND m.message_time >= c.call_time
  AND m.message_time <= strftime('%Y-%m-%dT%H:%M:%SZ', c.call_time, '+' || (c.duration + 41) || ' seconds')`;

const CALLS_SQL = `
SELECT c.id AS call_id, c.call_time AS time, c.duration, @partner AS partner_id, c.client_id,
  ${agentOf('c.caller_id')} AS src_agent_id, ${agentOf('c.callee_id')} AS dst_agent_id, c.line_id AS service_type_id,
  c.result, c.caller_id = c.specialist_id AS specialist_called,
  (SELECT m.message_type ${CALL_EVENTS} AND m.message_type BETWEEN 22 AND 36 ORDER BY m.message_time LIMIT 1) AS outcome,
  (SELECT m.message ${CALL_EVENTS} AND m.message_type = 16 AND instr(m.message, c.id) > 0 LIMIT 1) AS record
FROM calls c
WHERE c.account = @account AND c.call_time >= @from AND c.call_time <= @to
  AND (@client IS NULL OR c.client_id = @client) AND (@line IS NULL OR c.line_id = @line)
  AND (@agent IS NULL OR @agent IN (c.caller_id, c.callee_id)) AND (@src IS NULL OR c.caller_id = @src) AND (@dst IS NULL OR c.callee_id = @dst)
ORDER BY c.call_time, c.id`;

/**
 * call_status_type_read's ids from the call's outcome: 0 success (22, 27–29), 1 no free specialist (25),
 * 2/3 the user/specialist did not answer (24, 30, 31, 36), 4/7 the specialist/user cancelled (23),
 * 5/6 the specialist/user declined (26). Without its chat event, the call's result decides.
 */
function callStatus(outcome: number | null, success: boolean, calleeIsUser: boolean): number {
  switch (outcome) {
    case 22: case 27: case 28: case 29: return 0;
    case 25: return 1;
    case 23: return calleeIsUser ? 4 : 7;
    case 26: return calleeIsUser ? 6 : 5;
    case 24: case 30: case 31: case 36: return calleeIsUser ? 2 : 3;
    default: return success ? 0 : calleeIsUser ? 2 : 3;
  }
}

const recordLink = (message: unknown) => (typeof message === 'string' ? (/<record_link>([^<]*)<\/record_link>/.exec(message)?.[1].replace(/&amp;/g, '&') ?? '') : '');

/** statistics_read: the support lines' calls started in the period; remote_status_id is 0 (the spec marks it for removal). */
export function callStatistics(ctx: CallContext, p: Params, period: StorePeriod): Rows {
  return partnerRows(ctx, CALLS_SQL, filters(ctx, p, period)).map((c) => ({
    call_id: c.call_id,
    time: c.time,
    duration: c.duration,
    partner_id: c.partner_id,
    client_id: c.client_id,
    src_agent_id: c.src_agent_id,
    dst_agent_id: c.dst_agent_id,
    service_type_id: c.service_type_id,
    call_status_id: callStatus(c.outcome as number | null, c.result === 1, c.specialist_called === 1),
    remote_status_id: 0,
    URL_call_record: recordLink(c.record),
  }));
}

/** The server shows its desktop (the served user, the host); the client controls it (the specialist, the admin). */
const RA_SQL = `
SELECT r.id AS session_id, r.start_time AS time, r.duration, @partner AS partner_id, r.client_id,
  ${agentOf('r.host_agent_id')} AS server_agent_id, ${agentOf('r.admin_agent_id')} AS dst_agent_id, r.line_id AS service_type_id,
  CASE r.result WHEN 1 THEN 0 ELSE 1 END AS remote_access_result_id, 2 AS remote_access_type_id
FROM ra_sessions r
WHERE r.account = @account AND r.start_time >= @from AND r.start_time <= @to
  AND (@client IS NULL OR r.client_id = @client) AND (@line IS NULL OR r.line_id = @line)
  AND (@agent IS NULL OR @agent IN (r.host_agent_id, r.admin_agent_id)) AND (@src IS NULL OR r.host_agent_id = @src) AND (@dst IS NULL OR r.admin_agent_id = @dst)
ORDER BY r.start_time, r.id`;

/** remote_access_statistics_read: sessions started in the period, all by the built-in means (type 2). */
export function remoteAccessStatistics(ctx: CallContext, p: Params, period: StorePeriod): Rows {
  return partnerRows(ctx, RA_SQL, filters(ctx, p, period));
}

const SIP_SQL = `
SELECT s.id AS call_id, s.start_time AS time, s.duration, CASE s.result WHEN 0 THEN s.duration ELSE 0 END AS duration_after_answer,
  ${agentOf('s.specialist_id')} AS agent_id, s.call_number AS abonent, s.direction = 1 AS incoming, s.result AS sip_call_status_id
FROM sip_calls s
WHERE s.account = @account AND s.start_time >= @from AND s.start_time <= @to
  AND (@agent IS NULL OR s.specialist_id = @agent) AND (@abonent IS NULL OR s.call_number = @abonent)
ORDER BY s.start_time, s.id`;

/** sip_calls_statistics_read: the specialists' softphone calls started in the period. */
export function sipCallStatistics(ctx: CallContext, p: Params, period: StorePeriod): Rows {
  return partnerRows(ctx, SIP_SQL, { from: period.from, to: period.to, agent: personOf(ctx, p.agent_id), abonent: given(p.abonent) }).map((s) => ({ ...s, incoming: s.incoming === 1 }));
}

/** The reports' queries, for checks of their query plans. */
export const STATISTICS_SQL: Readonly<Record<string, string>> = { CALLS_SQL, RA_SQL, SIP_SQL };

export const storePeriod = (ctx: CallContext, period: { from: Date; to: Date }): StorePeriod => ({
  from: toStoreTimestamp(period.from),
  to: toStoreTimestamp(period.to < ctx.now ? period.to : ctx.now),
});
