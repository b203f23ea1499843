import type { CallContext } from '../pipeline/call-context.js';
import { nameBasedUuid } from './derived-id.js';
import { stmt } from './statements.js';

/**
 * «Моя компания» (spec 5.4): every partner's predefined line, on which its own employees are served.
 * It is not a support_lines row: its id is derived from the partner's, so it is stable across resets.
 */
export const MY_COMPANY_LINE_NAME = 'Моя компания';

export function myCompanyLineId(partnerId: string): string {
  return nameBasedUuid(`my-company-line:${partnerId}`);
}

export type LineToConsumer = { ConsumerID: string; SupportLineID: string };

/**
 * Which client users are served on which of the partner's lines (own and imported) at the call's now.
 * The one place that reads line_users for BotAPI: a dated connection would be filtered here.
 */
export function linesInForce(ctx: CallContext, consumerId = ''): LineToConsumer[] {
  return stmt(
    ctx.db,
    `SELECT lu.user_id AS ConsumerID, lu.line_id AS SupportLineID
     FROM line_users lu
     JOIN support_lines l ON l.account = lu.account AND l.id = lu.line_id
     JOIN client_users u ON u.account = lu.account AND u.id = lu.user_id
     WHERE lu.account = ? AND l.partner_id = ? AND l.deleted = 0 AND u.deleted = 0 AND (? = '' OR lu.user_id = ?)
     ORDER BY u.surname, u.name, lu.user_id, l.name, lu.line_id`,
  ).all(ctx.account.login, ctx.account.partnerId, consumerId, consumerId) as LineToConsumer[];
}

/** Is the person (a client user, or an own specialist on «Моя компания») served on the line now? */
export function isServedOn(ctx: CallContext, personId: string, lineId: string): boolean {
  if (lineId === myCompanyLineId(ctx.account.partnerId)) {
    return stmt(ctx.db, 'SELECT 1 FROM specialists WHERE account = ? AND id = ? AND partner_id = ? AND deleted = 0')
      .get(ctx.account.login, personId, ctx.account.partnerId) !== undefined;
  }
  return linesInForce(ctx, personId).some((l) => l.SupportLineID === lineId);
}

/**
 * SQL condition: the person `personColumn` gets or got support on one of the calling partner's lines, own or
 * imported (@account, @partner): consumers (GetConsumersList), third parties visible through ClientUserRead.
 */
export const SERVED_ON_OWN_LINES = (personColumn: string): string => `EXISTS (SELECT 1 FROM line_users lu
  JOIN support_lines l ON l.account = lu.account AND l.id = lu.line_id
  WHERE lu.account = @account AND lu.user_id = ${personColumn} AND l.partner_id = @partner)`;
