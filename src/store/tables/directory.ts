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
-- RegionRead's order.
CREATE INDEX regions_name ON regions (account, name, id);

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
-- ClientRead's order.
CREATE INDEX clients_name ON clients (account, name, id);

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
  -- A department of the user's client (client_departments).
  department_id TEXT,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  password TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX client_users_client ON client_users (account, client_id);

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

-- Support lines (services). A vendor's line may be imported by other partners: the importer's row
-- is kind 'imported' with source_line_id; an own line some other partner imports is EXPORTED.
-- Schedule times are local times of day 'HH:MM:SS' ('' when not set).
CREATE TABLE support_lines (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'own' CHECK (kind IN ('own', 'imported')),
  source_line_id TEXT,
  displayed_name TEXT NOT NULL DEFAULT '',
  displayed_hint TEXT NOT NULL DEFAULT '',
  description_link TEXT NOT NULL DEFAULT '',
  notify_emails TEXT NOT NULL DEFAULT '',
  notify_before_expires INTEGER NOT NULL DEFAULT 0,
  notify_days_before_expires INTEGER NOT NULL DEFAULT 10,
  users_audience TEXT NOT NULL DEFAULT 'ALL' CHECK (users_audience IN ('ALL', 'FORSPECIALISTS')),
  offer_for_clients INTEGER NOT NULL DEFAULT 0,
  offer_for_specialists INTEGER NOT NULL DEFAULT 0,
  auto_connect_clients INTEGER NOT NULL DEFAULT 0,
  auto_connect_specialists INTEGER NOT NULL DEFAULT 0,
  auto_accept_connect INTEGER NOT NULL DEFAULT 0,
  close_after_inactive_days INTEGER NOT NULL DEFAULT 0,
  max_queue_minutes INTEGER NOT NULL DEFAULT 0,
  max_reaction_minutes INTEGER NOT NULL DEFAULT 0,
  max_treatment_minutes INTEGER NOT NULL DEFAULT 0,
  notify_no_appointed INTEGER NOT NULL DEFAULT 0,
  notify_critical_queue INTEGER NOT NULL DEFAULT 0,
  critical_queue_length INTEGER NOT NULL DEFAULT 10,
  schedule_enabled INTEGER NOT NULL DEFAULT 0,
  available_mon INTEGER NOT NULL DEFAULT 1,
  available_tue INTEGER NOT NULL DEFAULT 1,
  available_wed INTEGER NOT NULL DEFAULT 1,
  available_thu INTEGER NOT NULL DEFAULT 1,
  available_fri INTEGER NOT NULL DEFAULT 1,
  available_sat INTEGER NOT NULL DEFAULT 0,
  available_sun INTEGER NOT NULL DEFAULT 0,
  schedule_start TEXT NOT NULL DEFAULT '',
  schedule_end TEXT NOT NULL DEFAULT '',
  delivery_priority TEXT NOT NULL DEFAULT 'NO_PRIORITY',
  max_mark_to_notify INTEGER NOT NULL DEFAULT 3,
  queue_limit_enabled INTEGER NOT NULL DEFAULT 0,
  queue_limit INTEGER NOT NULL DEFAULT 5,
  auto_accept_import INTEGER NOT NULL DEFAULT 0,
  first_line_on_import INTEGER NOT NULL DEFAULT 0,
  requiring_payment INTEGER NOT NULL DEFAULT 0,
  enable_search INTEGER NOT NULL DEFAULT 0,
  search_visibility TEXT NOT NULL DEFAULT 'FOR_MY_CUSTOMERS',
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX support_lines_partner ON support_lines (account, partner_id, changed_at);
CREATE INDEX support_lines_source ON support_lines (account, source_line_id);

-- Who is served on which line (UserServiceLine*): client users and specialists, own or third-party.
-- CreateTime, ActivateDate and ExpiresDate as UTC instants ('' for none).
CREATE TABLE line_users (
  account TEXT NOT NULL,
  line_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_kind TEXT NOT NULL DEFAULT 'client_user' CHECK (user_kind IN ('client_user', 'specialist')),
  created_at TEXT NOT NULL DEFAULT '',
  activate_at TEXT NOT NULL DEFAULT '',
  expires_at TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (account, line_id, user_id)
);
CREATE INDEX line_users_user ON line_users (account, user_id);
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
