import type { TableGroup } from './table-group.js';

/**
 * Clients' own structure (spec 3.69–3.72): the departments of a client organisation, which its
 * users (client_users.department_id) may belong to.
 */
export const CLIENT_PEOPLE_TABLES = {
  sql: `
CREATE TABLE client_departments (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  name TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX client_departments_client ON client_departments (account, client_id);
CREATE INDEX client_departments_changed ON client_departments (account, changed_at);
`,
  worldTables: ['client_departments'],
} as const satisfies TableGroup;
