import type { TableGroup } from './table-group.js';

/** The directory of a world: regions, partners, clients and their people, staff, support lines. */
export const DIRECTORY_TABLES = {
  sql: `
CREATE TABLE regions (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  -- Hours east of UTC (PartnerAPI region_read region_time_zone).
  time_zone INTEGER NOT NULL DEFAULT 3,
  PRIMARY KEY (account, id)
);

-- Partners of the world: the account's own (kind 'self'), a vendor, other partners.
CREATE TABLE partners (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('self', 'vendor', 'partner')),
  name TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

-- Regions where a partner is present: it may create clients only there.
CREATE TABLE partner_regions (
  account TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  region_id TEXT NOT NULL,
  PRIMARY KEY (account, partner_id, region_id)
);

-- Organisations: clients of a partner, and the partners themselves as organisations (kind 'partner').
CREATE TABLE clients (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  owner_partner_id TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'client' CHECK (kind IN ('client', 'partner')),
  name TEXT NOT NULL,
  full_name TEXT NOT NULL DEFAULT '',
  region_id TEXT,
  inn TEXT NOT NULL DEFAULT '',
  reg_number_ppic TEXT NOT NULL DEFAULT '',
  client_manager_id TEXT,
  service_manager_id TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX clients_owner ON clients (account, owner_partner_id);

-- Third-party organisations a partner sees because their people get support on its lines.
CREATE TABLE client_visibility (
  account TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  PRIMARY KEY (account, partner_id, client_id)
);

CREATE TABLE client_users (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  login INTEGER NOT NULL,
  name TEXT NOT NULL,
  surname TEXT NOT NULL DEFAULT '',
  secondary_name TEXT NOT NULL DEFAULT '',
  birthday TEXT,
  post TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

CREATE TABLE departments (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

CREATE TABLE specialists (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  login INTEGER NOT NULL,
  name TEXT NOT NULL,
  surname TEXT NOT NULL DEFAULT '',
  secondary_name TEXT NOT NULL DEFAULT '',
  birthday TEXT,
  post TEXT NOT NULL DEFAULT '',
  department_id TEXT,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  password TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

-- Support lines (services). A vendor's line may be imported by other partners.
CREATE TABLE support_lines (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'own' CHECK (kind IN ('own', 'imported')),
  source_line_id TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

-- Which client users are served on which line.
CREATE TABLE line_users (
  account TEXT NOT NULL,
  line_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  PRIMARY KEY (account, line_id, user_id)
);
`,
  worldTables: [
    'line_users',
    'support_lines',
    'specialists',
    'departments',
    'client_users',
    'client_visibility',
    'clients',
    'partner_regions',
    'partners',
    'regions',
  ],
} as const satisfies TableGroup;
