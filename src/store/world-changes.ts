import type { Db } from './database.js';
import { WORLD_TABLES } from './schema.js';
import { stmt } from './statements.js';

const tracked = new WeakSet<Db>();

/**
 * Records which world tables each world (account or snapshot) has written to: temporary triggers
 * (never stored in a database file) add (world, table) to `temp.world_changes` on every insert,
 * update and delete, so a reset or restore can copy back only the tables that changed. The trigger
 * never conflicts (NOT EXISTS, not OR IGNORE): an outer statement's conflict policy (OR REPLACE,
 * OR ABORT, an upsert) would override the trigger's own.
 */
export function trackWorldChanges(db: Db): void {
  if (tracked.has(db)) return;
  tracked.add(db);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS world_changes (world TEXT NOT NULL, tbl TEXT NOT NULL, PRIMARY KEY (world, tbl)) WITHOUT ROWID');
  for (const table of WORLD_TABLES) {
    for (const [event, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS world_changes_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
         BEGIN INSERT INTO temp.world_changes (world, tbl) SELECT ${row}.account, '${table}'
           WHERE NOT EXISTS (SELECT 1 FROM temp.world_changes WHERE world = ${row}.account AND tbl = '${table}'); END`,
      );
    }
  }
}

/** The world tables written to for `world` since its changes were last set. */
export function changedTables(db: Db, world: string): string[] {
  return (stmt(db, 'SELECT tbl FROM temp.world_changes WHERE world = ?').all(world) as { tbl: string }[]).map((r) => r.tbl);
}

/** What `world` is to count as changed from now on (after a copy that made it equal to a known world but for `tables`). */
export function setChangedTables(db: Db, world: string, tables: Iterable<string>): void {
  stmt(db, 'DELETE FROM temp.world_changes WHERE world = ?').run(world);
  const insert = stmt(db, 'INSERT OR IGNORE INTO temp.world_changes (world, tbl) VALUES (?, ?)');
  for (const table of tables) insert.run(world, table);
}
