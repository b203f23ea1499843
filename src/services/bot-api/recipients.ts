import type { CallContext } from '../../pipeline/call-context.js';
import { ApiError } from '../../pipeline/outcome.js';
import { stmt } from '../../store/statements.js';
import { isServedOn } from '../../store/support-lines.js';

/** SendNotification and SendFile write only to a person served on the given line (PARAM_NOT_CORRECT otherwise). */
export function requireServedOn(ctx: CallContext, personId: string, personParam: string, lineId: string, where = ''): void {
  if (!isServedOn(ctx, personId, lineId)) {
    throw new ApiError('PARAM_NOT_CORRECT', `SupportLineID${where}: линия поддержки не подключена пользователю ${personParam}`);
  }
}

/** The organisation of a client user (ClientID of the chat), or null for the partner's own employee. */
export function clientOf(ctx: CallContext, personId: string): string | null {
  const row = stmt(ctx.db, 'SELECT client_id FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, personId) as
    | { client_id: string }
    | undefined;
  return row?.client_id ?? null;
}
