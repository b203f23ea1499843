import type { TableGroup } from './table-group.js';

/**
 * The storefront inside the 1C-Connect client app (spec 3.17–3.20, 3.48–3.50): products and start
 * pictures (a partner's own, and the vendor's common ones, `common` = 1, shown on every storefront),
 * the click log, and buy requests.
 */
export const STOREFRONT_TABLES = {
  sql: `
CREATE TABLE storefront_products (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  common INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  cost TEXT NOT NULL DEFAULT '',
  -- PNG bytes.
  picture BLOB,
  enabled_to_show INTEGER NOT NULL DEFAULT 1,
  description_url TEXT NOT NULL DEFAULT '',
  email_for_notification TEXT NOT NULL DEFAULT '',
  publication_date TEXT,
  publication_end_date TEXT,
  shows_count INTEGER NOT NULL DEFAULT 0,
  unique_shows_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

CREATE TABLE start_pictures (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  common INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  picture_type TEXT NOT NULL CHECK (picture_type IN ('CLIENTS', 'SPECIALISTS', 'BIRTHDAYS')),
  enabled_to_show INTEGER NOT NULL DEFAULT 1,
  description_url TEXT NOT NULL DEFAULT '',
  shows_limit INTEGER NOT NULL DEFAULT 0,
  email_for_notification TEXT NOT NULL DEFAULT '',
  publication_date TEXT,
  publication_end_date TEXT,
  shows_count INTEGER NOT NULL DEFAULT 0,
  unique_shows_count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

-- Clicks on a product or a start picture, on the storefront of partner_id.
CREATE TABLE storefront_clicks (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  item_kind TEXT NOT NULL CHECK (item_kind IN ('product', 'picture')),
  item_id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  -- A client user, or a specialist (start pictures for specialists).
  user_id TEXT NOT NULL,
  clicked_at TEXT NOT NULL,
  link TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX storefront_clicks_time ON storefront_clicks (account, partner_id, item_kind, clicked_at);
CREATE INDEX storefront_clicks_item ON storefront_clicks (account, item_id);

CREATE TABLE storefront_buy_requests (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  -- The client user or specialist who asked.
  agent_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ON_CONSIDERATION', 'ACCEPTED', 'REJECTED')),
  created_at TEXT NOT NULL,
  executed_at TEXT,
  PRIMARY KEY (account, id)
);
CREATE INDEX storefront_buy_requests_time ON storefront_buy_requests (account, partner_id, created_at);
`,
  worldTables: ['storefront_buy_requests', 'storefront_clicks', 'start_pictures', 'storefront_products'],
} as const satisfies TableGroup;
