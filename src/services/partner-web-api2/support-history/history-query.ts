import type { CallContext, Params } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';
import { toStoreTimestamp } from '../../../time/account-dates.js';

/** One history read: a SELECT over the account's rows, its time column and the filters it takes. */
export interface HistorySource {
  /** `SELECT … FROM … WHERE <alias>.account = ?` (further conditions are appended with AND). */
  select: string;
  /** The time column the period bounds apply to (indexed). */
  time: string;
  /** Parameter name → the column it filters on (equality). */
  filters: Readonly<Record<string, string>>;
  orderBy: string;
  /** Extra conditions with their own values, e.g. open/closed. */
  where?: readonly string[];
}

/**
 * Rows in [from, to] by the time column, `to` being PeriodTo or now and never after now (nothing
 * after the account's now exists yet), with every filter given. Cost follows the rows in the period.
 */
export function readHistory(ctx: CallContext, p: Params, source: HistorySource, fromName = 'PeriodFrom', toName = 'PeriodTo', extraValues: unknown[] = []): Record<string, unknown>[] {
  const conditions = [`${source.time} >= ?`, `${source.time} <= ?`, ...(source.where ?? [])];
  const values: unknown[] = [ctx.account.login, timeParam(p[fromName]) ?? '', upTo(ctx, p[toName]), ...extraValues];
  for (const [name, column] of Object.entries(source.filters)) {
    const value = p[name];
    if (value === undefined || value === '') continue;
    conditions.push(`${column} = ?`);
    values.push(value);
  }
  const sql = `${source.select} AND ${conditions.join(' AND ')} ORDER BY ${source.orderBy}`;
  return stmt(ctx.db, sql).all(...values) as Record<string, unknown>[];
}

export function timeParam(value: unknown): string | undefined {
  return value instanceof Date ? toStoreTimestamp(value) : undefined;
}

/** The end of a period: the given bound or now, whichever is earlier. */
export function upTo(ctx: CallContext, value: unknown): string {
  const now = toStoreTimestamp(ctx.now);
  const given = timeParam(value);
  return given !== undefined && given < now ? given : now;
}
