import type { Handler } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';

export const REGION_HANDLERS: Record<string, Handler> = {
  RegionRead: (ctx) =>
    stmt(ctx.db, 'SELECT id AS RegionID, name AS RegionName FROM regions WHERE account = ? ORDER BY name, id').all(ctx.account.login) as Record<string, unknown>[],
};
