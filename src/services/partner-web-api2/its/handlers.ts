import type { Handler } from '../../../pipeline/call-context.js';
import { lookupItsStatus } from '../../../store/its-registry.js';

export const ITS_HANDLERS: Record<string, Handler> = {
  ClientITSStatus: (ctx, p) => {
    const status = lookupItsStatus(ctx.db, ctx.account.login, p.ClientINN as string, p.RegNumberPP1C as string);
    return [{ DateFrom: status.dateFrom, DateTo: status.dateTo, ITSLevel: status.level }];
  },
};
