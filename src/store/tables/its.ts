import type { TableGroup } from './table-group.js';

/**
 * The 1C:ITS registry as the mock knows it: support contracts by the registration number of a 1C
 * product and the client's INN (spec 002 3.42, spec 003 client_ITS_status_For_INN).
 * level: TECHNO, PROF or INTERNATIONAL; dates are date-only `YYYY-MM-DD`.
 */
export const ITS_TABLES = {
  sql: `
CREATE TABLE its_registry (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  reg_number TEXT NOT NULL,
  inn TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('TECHNO', 'PROF', 'INTERNATIONAL')),
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX its_registry_number ON its_registry (account, reg_number);
`,
  worldTables: ['its_registry'],
} as const satisfies TableGroup;
