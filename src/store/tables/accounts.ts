import type { TableGroup } from './table-group.js';

/** API accounts and their settings ("Настройки API" of spec 1, subscriptions). Not part of any world. */
export const ACCOUNT_TABLES = {
  sql: `
CREATE TABLE accounts (
  login TEXT PRIMARY KEY,
  password TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  tz_offset_minutes INTEGER NOT NULL DEFAULT 180,
  -- Subscription to the extended features (spec 3.73, 5.7).
  extended_features INTEGER NOT NULL DEFAULT 0,
  -- Subscription to the storefront click logs (spec 3.19, 3.20).
  storefront_click_logs INTEGER NOT NULL DEFAULT 0,
  -- The faker seed of the account's world (a reset brings this world back).
  seed INTEGER NOT NULL,
  -- The account's own hourly limits: on or off, and a factor on every limit (admin API).
  limits_enabled INTEGER NOT NULL DEFAULT 1,
  limits_scale REAL NOT NULL DEFAULT 1
);
`,
  worldTables: [],
} as const satisfies TableGroup;
