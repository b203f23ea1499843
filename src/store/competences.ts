import { randomUUID } from 'node:crypto';
import type { CallContext } from '../pipeline/call-context.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import { stmt } from './statements.js';

/** Priority of a competence added without one (spec 3.30, spec 003 competence_add): standard. */
export const DEFAULT_COMPETENCE_PRIORITY = 3;

/** The competence id of a (specialist, line) pair, if the pair has one. */
export function competenceIdOf(ctx: CallContext, specialistId: string, lineId: string): string | undefined {
  const row = stmt(ctx.db, 'SELECT id FROM competences WHERE account = ? AND specialist_id = ? AND line_id = ?').get(ctx.account.login, specialistId, lineId) as
    | { id: string }
    | undefined;
  return row?.id;
}

/**
 * Gives a specialist a competence on a line, from now on, with the priority given (else standard), and returns
 * its id. A pair that has one already keeps its id and dates and takes the priority given (both APIs' Add).
 */
export function addCompetence(ctx: CallContext, specialistId: string, lineId: string, priority?: number): string {
  const now = toStoreTimestamp(ctx.now);
  const keys = { account: ctx.account.login, specialist: specialistId, line: lineId, now, priority: priority ?? null };
  const existing = competenceIdOf(ctx, specialistId, lineId);
  if (existing) {
    setCompetencePriority(ctx, specialistId, lineId, priority);
    return existing;
  }
  const id = randomUUID();
  stmt(
    ctx.db,
    `INSERT INTO competences (account, id, specialist_id, line_id, priority, activate_at, created_at, changed_at)
     VALUES (@account, @id, @specialist, @line, COALESCE(@priority, ${DEFAULT_COMPETENCE_PRIORITY}), @now, @now, @now)`,
  ).run({ ...keys, id });
  return id;
}

/** Sets the priority of an existing pair (no priority: only the change time moves). */
export function setCompetencePriority(ctx: CallContext, specialistId: string, lineId: string, priority?: number): void {
  stmt(ctx.db, `UPDATE competences SET priority = COALESCE(@priority, priority), changed_at = @now WHERE account = @account AND specialist_id = @specialist AND line_id = @line`).run({
    account: ctx.account.login,
    specialist: specialistId,
    line: lineId,
    priority: priority ?? null,
    now: toStoreTimestamp(ctx.now),
  });
}

/** Ends a competence: the row is removed (CompetenceDelete, competence_stop). A missing pair changes nothing. */
export function removeCompetence(ctx: CallContext, specialistId: string, lineId: string): void {
  stmt(ctx.db, 'DELETE FROM competences WHERE account = ? AND specialist_id = ? AND line_id = ?').run(ctx.account.login, specialistId, lineId);
}
