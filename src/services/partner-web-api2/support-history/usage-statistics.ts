import type { CallContext } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';
import { formatLocal, toStoreTimestamp } from '../../../time/account-dates.js';

/**
 * Spec 3.55, computed from the history: per organisation, the users with an agent session started
 * in the month (authentication) and the users served in a treatment, call or remote-access session
 * begun in the month (communication). The month is the one holding Period in the account's zone;
 * nothing after now counts. ClientType: 3 without an ITS registration number, 2 with one.
 */
const SQL = `
WITH auth AS (
  SELECT client_id, COUNT(DISTINCT agent_id) AS n FROM agent_sessions
  WHERE account = @account AND agent_type = 1 AND client_id IS NOT NULL AND started >= @from AND started < @to AND started <= @now
  GROUP BY client_id
), comm AS (
  SELECT client_id, COUNT(DISTINCT user_id) AS n FROM (
    SELECT client_id, service_user_id AS user_id FROM treatments WHERE account = @account AND initialized >= @from AND initialized < @to AND initialized <= @now
    UNION SELECT client_id, service_user_id FROM calls WHERE account = @account AND call_time >= @from AND call_time < @to AND call_time <= @now
    UNION SELECT client_id, service_user_id FROM ra_sessions WHERE account = @account AND start_time >= @from AND start_time < @to AND start_time <= @now
  ) WHERE client_id IS NOT NULL GROUP BY client_id
)
SELECT c.id AS ClientID, CASE WHEN c.reg_number_ppic = '' THEN 3 ELSE 2 END AS ClientType,
  COALESCE(auth.n, 0) AS UsersWithAuthenticationCount, COALESCE(comm.n, 0) AS UsersWithCommunicationCount
FROM clients c LEFT JOIN auth ON auth.client_id = c.id LEFT JOIN comm ON comm.client_id = c.id
WHERE c.account = @account AND (auth.n IS NOT NULL OR comm.n IS NOT NULL)
ORDER BY c.name, c.id`;

export function usageStatistics(ctx: CallContext, period: Date): Record<string, unknown>[] {
  const { from, to } = monthOf(period, ctx.account.tzOffsetMinutes);
  return stmt(ctx.db, SQL).all({ account: ctx.account.login, from, to, now: toStoreTimestamp(ctx.now) }) as Record<string, unknown>[];
}

/** The month holding `instant` in the zone: its start and the next month's start, as store stamps. */
export function monthOf(instant: Date, tzOffsetMinutes: number): { from: string; to: string } {
  const local = formatLocal(instant, tzOffsetMinutes);
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7)) - 1;
  const shift = tzOffsetMinutes * 60_000;
  return {
    from: toStoreTimestamp(new Date(Date.UTC(year, month, 1) - shift)),
    to: toStoreTimestamp(new Date(Date.UTC(year, month + 1, 1) - shift)),
  };
}
