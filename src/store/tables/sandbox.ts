import type { TableGroup } from './table-group.js';

/**
 * Named snapshots of an account's world. The rows themselves are kept as a shadow world
 * (`account = '<login>#snapshot:<name>'`) in the world tables, copied by the same code as a reset.
 */
export const SANDBOX_TABLES = {
  sql: `
CREATE TABLE snapshots (
  login TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (login, name)
);
`,
  worldTables: [],
} as const satisfies TableGroup;
