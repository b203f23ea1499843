import Database from 'better-sqlite3';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;

/** Opens the store: in memory by default, a file (WAL) for a persistent sandbox. */
export function openDatabase(file?: string): Db {
  const db = new Database(file ?? ':memory:');
  if (file) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  // Seed templates (src/seed/seed-world.ts) live here, never in a persistent file.
  db.exec("ATTACH DATABASE ':memory:' AS world_templates");
  return db;
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (version !== 0) {
    throw new Error(`1c-connect-mock: the database has schema version ${version}, this build expects ${SCHEMA_VERSION}; use a new --db file`);
  }
  db.transaction(() => {
    db.exec(SCHEMA_SQL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
