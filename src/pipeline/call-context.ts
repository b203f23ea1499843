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

/** Everything a handler may use: the store, who is calling, and the virtual now. */
export interface CallContext {
  db: Db;
  account: Account;
  now: Date;
  /** The server's base URL as the caller reached it (or --public-url), for links in results. */
  baseUrl: string;
}

/** A parameter after conversion: dates as UTC Date (timestamps) or `YYYY-MM-DD` (date-only), '' for empty. */
export type ParamValue = string | number | boolean | Date | readonly ParamRow[];
/** A row of a table parameter with columns, converted like parameters. */
export type ParamRow = Readonly<Record<string, ParamValue>>;
export type Params = Readonly<Record<string, ParamValue | undefined>>;

/** Domain result of a handler: rows/objects keyed by result column name; timestamps as stored (UTC). */
export type HandlerResult = void | Record<string, unknown> | Record<string, unknown>[];

export type Handler = (ctx: CallContext, params: Params) => HandlerResult;
