import type { TableGroup } from './table-group.js';

/** Additional client parameters (spec 3.9–3.14): a partner's own kinds of marks and their values per client. */
export const CLIENT_PARAMETER_TABLES = {
  sql: `
CREATE TABLE client_parameters (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  name TEXT NOT NULL,
  show_to_client_users INTEGER NOT NULL DEFAULT 0,
  show_to_specialists INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX client_parameters_partner ON client_parameters (account, partner_id);

-- A client's value of one kind; no row means '' and NONE.
CREATE TABLE client_parameter_values (
  account TEXT NOT NULL,
  parameter_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL DEFAULT 'NONE' CHECK (color IN ('NONE', 'RED', 'GREEN', 'ORANGE', 'BLUE')),
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, parameter_id, client_id)
);
`,
  worldTables: ['client_parameter_values', 'client_parameters'],
} as const satisfies TableGroup;
