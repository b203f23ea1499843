import type { Handler } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';
import { linesInForce, MY_COMPANY_LINE_NAME, myCompanyLineId, SERVED_ON_OWN_LINES } from '../../../store/support-lines.js';

const LINES_SQL = `SELECT id AS SupportLineID, name AS DisplayedName, 0 AS Predefined FROM support_lines
WHERE account = ? AND partner_id = ? AND deleted = 0 ORDER BY name, id`;

const CONSUMERS_SQL = `SELECT u.id AS ConsumerID, u.name AS Name, u.surname AS Surname, u.secondary_name AS SecondaryName, u.email AS Email
FROM client_users u WHERE u.account = @account AND ${SERVED_ON_OWN_LINES('u.id')} ORDER BY u.surname, u.name, u.id`;

export const LINE_HANDLERS: Record<string, Handler> = {
  GetSupportLinesList: (ctx) => [
    { SupportLineID: myCompanyLineId(ctx.account.partnerId), DisplayedName: MY_COMPANY_LINE_NAME, Predefined: true },
    ...(stmt(ctx.db, LINES_SQL).all(ctx.account.login, ctx.account.partnerId) as Record<string, unknown>[]),
  ],

  GetLinesToConsumers: (ctx, p) => linesInForce(ctx, (p.ConsumerID as string | undefined) ?? ''),

  GetConsumersList: (ctx) => stmt(ctx.db, CONSUMERS_SQL).all({ account: ctx.account.login, partner: ctx.account.partnerId }) as Record<string, unknown>[],
};
