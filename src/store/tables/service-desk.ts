import type { TableGroup } from './table-group.js';

/**
 * A partner's service desk (spec 3.57–3.64): its dictionaries, the service requests
 * (заявки на обслуживание) and the history of their changes.
 */
export const SERVICE_DESK_TABLES = {
  sql: `
CREATE TABLE service_request_channels (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  channel_type TEXT NOT NULL CHECK (channel_type IN ('CONNECT', 'PHONE', 'EMAIL', 'OTHER')),
  position INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account, id)
);

CREATE TABLE service_kinds (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account, id)
);

-- Виды работ.
CREATE TABLE service_request_types (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account, id)
);

-- A partner's statuses, several per type; a new request starts in the first NEW one by position.
CREATE TABLE service_request_statuses (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  status_type TEXT NOT NULL CHECK (status_type IN ('NEW', 'WORK', 'SUSPENDED', 'CANCELLED', 'FINISHED')),
  position INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account, id)
);

CREATE TABLE service_requests (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  -- 13 characters, unique per partner.
  number TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  service_kind_id TEXT NOT NULL,
  request_type_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  executor_id TEXT NOT NULL,
  status_id TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  -- Seconds of work.
  duration INTEGER NOT NULL DEFAULT 0,
  summary TEXT NOT NULL DEFAULT '',
  priority TEXT NOT NULL DEFAULT 'STANDARD' CHECK (priority IN ('LOW', 'STANDARD', 'HIGH')),
  deadline TEXT NOT NULL DEFAULT '',
  field1 TEXT NOT NULL DEFAULT '',
  field2 TEXT NOT NULL DEFAULT '',
  field3 TEXT NOT NULL DEFAULT '',
  field4 TEXT NOT NULL DEFAULT '',
  field5 TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE UNIQUE INDEX service_requests_number ON service_requests (account, partner_id, number);
CREATE INDEX service_requests_changed ON service_requests (account, partner_id, changed_at);

-- One row per changed field per edit; seq orders the rows of one request.
CREATE TABLE service_request_history (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  -- The specialist who changed it in the app; null for changes made through the API.
  author_id TEXT,
  changed_field TEXT NOT NULL,
  old_value TEXT NOT NULL,
  new_value TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE UNIQUE INDEX service_request_history_seq ON service_request_history (account, request_id, seq);
`,
  worldTables: [
    'service_request_history',
    'service_requests',
    'service_request_statuses',
    'service_request_types',
    'service_kinds',
    'service_request_channels',
  ],
} as const satisfies TableGroup;
