import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/database.js';
import { WORLD_TABLES } from '../store/schema.js';
import { buildClients } from './build-clients.js';
import { buildStaff } from './build-staff.js';
import { SeedKit } from './seed-kit.js';
import { WORLD_FAMILIES, type WorldDraft } from './world-families.js';
import type { SqlRow, WorldTable } from './world-rows.js';

/** The whole world for `seed`; the same seed always gives the same rows. */
export function buildWorld(seed: number): Record<WorldTable, readonly SqlRow[]> {
  const kit = SeedKit.create(seed);
  const staff = buildStaff(kit);
  const { regions, partners, partner_regions, departments, specialists, support_lines } = staff;
  const base = { regions, partners, partner_regions, departments, specialists, support_lines, ...buildClients(kit, staff) };
  const draft = Object.fromEntries(WORLD_TABLES.map((t) => [t, []])) as unknown as WorldDraft;
  Object.assign(draft, base);
  for (const family of WORLD_FAMILIES) family.build(kit.fork(family.family), draft);
  return draft;
}

/** Fills an account's empty world with the demo data for `seed`, in one transaction. */
export function seedWorld(db: Db, account: string, seed: number): void {
  const world = buildWorld(seed);
  db.transaction(() => {
    for (const table of WORLD_TABLES) {
      if (db.prepare(`SELECT 1 FROM ${table} WHERE account = ? LIMIT 1`).get(account)) {
        throw new Error(`seed: the world of account ${account} is not empty (${table})`);
      }
    }
    for (const table of [...WORLD_TABLES].reverse()) insertRows(db, table, account, world[table]);
  })();
}

/** Rows of one table may come from several families with different columns: each column set gets its own statement, so table defaults fill the rest. */
function insertRows(db: Db, table: WorldTable, account: string, rows: readonly SqlRow[]): void {
  const inserts = new Map<string, Statement>();
  for (const row of rows) {
    const columns = Object.keys(row);
    const key = columns.join(',');
    let insert = inserts.get(key);
    if (!insert) {
      insert = db.prepare(`INSERT INTO ${table} (account, ${columns.join(', ')}) VALUES (@account, ${columns.map((c) => `@${c}`).join(', ')})`);
      inserts.set(key, insert);
    }
    insert.run({ ...row, account });
  }
}
