import type { CallContext } from '../pipeline/call-context.js';
import { ApiError } from '../pipeline/outcome.js';
import { stmt } from './statements.js';

/** A region where the partner is present (it may place clients only there, spec 3.22, 003); ACCESS_ERROR naming the parameter otherwise. */
export function ensureRegionAvailable(ctx: CallContext, regionId: unknown, paramName: string): void {
  if (typeof regionId !== 'string' || regionId === '') return;
  const present = stmt(ctx.db, 'SELECT 1 FROM partner_regions WHERE account = ? AND partner_id = ? AND region_id = ?').get(ctx.account.login, ctx.account.partnerId, regionId);
  if (!present) throw new ApiError('ACCESS_ERROR', paramName);
}
