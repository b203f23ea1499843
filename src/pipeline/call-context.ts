import type { Db } from '../store/database.js';

export interface Account {
  login: string;
  partnerId: string;
  /** The API account's time zone (spec 1: Настройки API), minutes east of UTC. */
  tzOffsetMinutes: number;
  /** Subscriptions of the account (spec 3.19–3.20, 3.73, 5.7). */
  subscriptions: Subscriptions;
}

export interface Subscriptions {
  /** Extended features: 90-day file-transfer history, BotAPI SendNotification. */
  extendedFeatures: boolean;
  /** Storefront click logs: StorefrontProductClicksHistoryRead, StartPictureClicksHistoryRead. */
  storefrontClickLogs: boolean;
}

/** How a subscription is named in the answer to a call that needs it. */
export const SUBSCRIPTION_NAMES: Record<keyof Subscriptions, string> = {
  extendedFeatures: 'Расширенные возможности',
  storefrontClickLogs: 'Журнал кликов витрины',
};

/** Everything a handler may use: the store, who is calling, and the virtual now. */
export interface CallContext {
  db: Db;
  account: Account;
  now: Date;
  /** The server's base URL as the caller reached it (or --public-url), for links in results. */
  baseUrl: string;
}

/**
 * A parameter after conversion: dates as UTC Date (timestamps) or `YYYY-MM-DD` (date-only), '' for empty,
 * bytes as Buffer, a table with catalogued columns as its rows, a structure as its fields.
 */
export type ParamValue = string | number | boolean | Date | Buffer | readonly TableRow[] | ParamStructure;
export type TableRow = Readonly<{ [name: string]: ParamValue | undefined }>;
/** A converted structure parameter: its fields by name. */
export interface ParamStructure {
  readonly [field: string]: ParamValue | undefined;
}
export type Params = Readonly<Record<string, ParamValue | undefined>>;

/** Domain result of a handler: rows/objects keyed by result column name; timestamps as stored (UTC). */
export type HandlerResult = void | Record<string, unknown> | Record<string, unknown>[];

export type Handler = (ctx: CallContext, params: Params) => HandlerResult;
