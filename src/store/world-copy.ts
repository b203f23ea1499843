import { deleteWorld } from '../seed/reset-world.js';
import type { Db } from './database.js';
import { WORLD_TABLES } from './schema.js';
import { stmt } from './statements.js';

const columnsCache = new WeakMap<Db, Map<string, string[]>>();

function columnsOf(db: Db, table: string): string[] {
  let tables = columnsCache.get(db);
  if (!tables) columnsCache.set(db, (tables = new Map()));
  let columns = tables.get(table);
  if (!columns) {
    columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'account');
    tables.set(table, columns);
  }
  return columns;
}

/** Replaces the rows of world `to` by a copy of world `from` (in the `tables` given), table by table inside SQLite. */
export function copyWorld(db: Db, from: string, to: string, tables: readonly string[] = WORLD_TABLES): void {
  db.transaction(() => {
    deleteWorld(db, to, tables);
    for (const table of [...tables].reverse()) {
      const columns = columnsOf(db, table).join(', ');
      stmt(db, `INSERT INTO ${table} (account, ${columns}) SELECT ?, ${columns} FROM ${table} WHERE account = ?`).run(to, from);
    }
  })();
}

export function worldExists(db: Db, world: string): boolean {
  return WORLD_TABLES.some((table) => db.prepare(`SELECT 1 FROM ${table} WHERE account = ? LIMIT 1`).get(world) !== undefined);
}
