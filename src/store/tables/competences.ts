import type { TableGroup } from './table-group.js';

/**
 * Competences (spec 3.29–3.32; PartnerAPI competence_*): which specialist may give support on which line, and
 * with what priority. `id` is PartnerAPI's competence_id; the (specialist, line) pair is PartnerWebAPI2's key.
 */
export const COMPETENCE_TABLES = {
  sql: `
-- Priority 0 observer, 1 high, 2 medium, 3 standard. activate_at/expires_at UTC instants ('' for none).
CREATE TABLE competences (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  specialist_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 0 AND 3),
  activate_at TEXT NOT NULL,
  expires_at TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, specialist_id, line_id)
);
CREATE UNIQUE INDEX competences_id ON competences (account, id);
CREATE INDEX competences_changed ON competences (account, changed_at);
`,
  worldTables: ['competences'],
} as const satisfies TableGroup;
