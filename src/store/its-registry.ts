import type { Db } from './database.js';
import { stmt } from './statements.js';

/** Spec 002 3.42 ITSLevel; spec 003 client_ITS_status_For_INN gives the same answers as numbers. */
export type ItsLevel = 'TECHNO' | 'PROF' | 'INTERNATIONAL' | 'BASIC' | 'NOT_FOUND' | 'WRONG_INN';

export interface ItsStatus {
  level: ItsLevel;
  /** `YYYY-MM-DD`, or null when no contract was found. */
  dateFrom: string | null;
  dateTo: string | null;
}

/**
 * Spec 003: a registration number of a 1C product is 500000…999999999999, or has the prefix ВО (Cyrillic, or
 * the Latin look-alike BO) or FR followed by digits; any case. The one rule of both APIs (ClientITSStatus,
 * client_ITS_status_For_INN, client_*_its `client_reg_num`).
 */
export const REG_NUMBER = /^(?:[5-9]\d{5}|[1-9]\d{6,11}|(?:ВО|BO|FR)\d+)$/i;

export function isWellFormedRegNumber(text: string): boolean {
  return REG_NUMBER.test(text.trim());
}

interface ContractRow {
  inn: string;
  level: ItsLevel;
  date_from: string;
  date_to: string;
}

/**
 * Registry numbers are stored in upper case. The ITS level of a product registration number for a client's INN: the contract that runs longest
 * under that INN; WRONG_INN when the number has contracts under other INNs only; BASIC for a
 * well-formed number without contracts; NOT_FOUND for a malformed number.
 */
export function lookupItsStatus(db: Db, account: string, inn: string, regNumber: string): ItsStatus {
  const none = (level: ItsLevel): ItsStatus => ({ level, dateFrom: null, dateTo: null });
  if (!isWellFormedRegNumber(regNumber)) return none('NOT_FOUND');
  const contracts = stmt(db, `SELECT inn, level, date_from, date_to FROM its_registry WHERE account = ? AND reg_number = ?
    ORDER BY date_to DESC, date_from DESC`).all(account, regNumber.trim().toUpperCase()) as ContractRow[];
  if (contracts.length === 0) return none('BASIC');
  const mine = contracts.find((c) => c.inn === inn.trim());
  if (!mine) return none('WRONG_INN');
  return { level: mine.level, dateFrom: mine.date_from, dateTo: mine.date_to };
}
