import type { CallContext } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';
import { REG_NUMBER } from './catalog.js';

/**
 * The 1C:ITS registry as client_ITS_status_For_INN sees it (spec 003). A minimal stand-in: a
 * registration number is known to ITS when an organisation of the world carries it. One module, so
 * a fuller registry can replace `itsStatus` without touching the operation.
 */
export interface ItsStatus {
  /** 0 none/invalid, 1 ПРОФ, 2 ТЕХНО, 3 valid but unknown to ITS, 4 international, 10 number found but INN differs. */
  ITSLevel: number;
  /** YYYY-MM-DD, or null for none. */
  DateFrom: string | null;
  DateTo: string | null;
}

const NONE: ItsStatus = { ITSLevel: 0, DateFrom: null, DateTo: null };

export function itsStatus(ctx: CallContext, regNumber: string, inn: string): ItsStatus {
  const number = regNumber.trim();
  if (!REG_NUMBER.test(number)) return NONE;
  const holder = stmt(ctx.db, 'SELECT inn FROM clients WHERE account = ? AND reg_number_ppic = ? ORDER BY created_at LIMIT 1').get(ctx.account.login, number) as
    | { inn: string }
    | undefined;
  if (!holder) return { ITSLevel: 3, DateFrom: null, DateTo: null };
  if (inn.trim() !== '' && holder.inn !== inn.trim()) return { ITSLevel: 10, DateFrom: null, DateTo: null };
  const year = ctx.now.getUTCFullYear();
  const level = /^(ВО|BO|FR)/.test(number) ? 4 : Number(number.slice(-1)) % 2 === 0 ? 1 : 2;
  return { ITSLevel: level, DateFrom: `${year}-01-01`, DateTo: `${year}-12-31` };
}
