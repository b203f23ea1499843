import { SEED_EPOCH } from '../../seed/demo-world.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/database.js';
import { WORLD_TABLES } from '../store/schema.js';
import { stmt } from '../store/statements.js';
import { buildClients } from './build-clients.js';
import { buildStaff } from './build-staff.js';
import { SeedKit } from './seed-kit.js';
import { WORLD_FAMILIES, type SeedScenario, type WorldDraft } from './world-families.js';
import type { SqlRow, WorldTable } from './world-rows.js';

/** Seeded at the epoch, demo size: the scenario of tests and tools that do not name one. */
export const EPOCH_SCENARIO: SeedScenario = { now: new Date(SEED_EPOCH), scale: 1 };

/** The whole world for `seed` and the scenario; the same seed and scenario always give the same rows. */
export function buildWorld(seed: number, scenario: SeedScenario = EPOCH_SCENARIO): Record<WorldTable, readonly SqlRow[]> {
  const kit = SeedKit.create(seed);
  const staff = buildStaff(kit);
  const { regions, partners, partner_regions, departments, specialists, support_lines } = staff;
  const base = { regions, partners, partner_regions, departments, specialists, support_lines, ...buildClients(kit, staff) };
  const draft = Object.fromEntries(WORLD_TABLES.map((t) => [t, []])) as unknown as WorldDraft;
  Object.assign(draft, base);
  for (const family of WORLD_FAMILIES) family.build(kit.fork(family.family), draft, scenario);
  return draft;
}

/**
 * Fills an account's empty world with the demo data for `seed` at the scenario's moment, in one
 * transaction. A world is built once per seed and scenario and kept as a template in the store's
 * attached in-memory schema (`world_templates`); seeding copies the template's rows in SQL, which
 * keeps resets quick. The last few templates are kept. With `tables`, only those (empty) tables are filled.
 */
export function seedWorld(db: Db, account: string, seed: number, scenario: SeedScenario = EPOCH_SCENARIO, tables: readonly string[] = WORLD_TABLES): void {
  const key = worldKey(seed, scenario);
  db.transaction(() => {
    for (const table of tables) {
      if (stmt(db, `SELECT 1 FROM ${table} WHERE account = ? LIMIT 1`).get(account)) {
        throw new Error(`seed: the world of account ${account} is not empty (${table})`);
      }
    }
    const templateAccount = template(db, key, () => buildWorld(seed, scenario));
    for (const table of [...tables].reverse()) {
      const columns = tableColumns(db, table);
      stmt(db, `INSERT INTO main.${table} (account, ${columns}) SELECT ?, ${columns} FROM ${TEMPLATES}.${table} WHERE account = ?`).run(account, templateAccount);
    }
  })();
}

/** Names the world a seed and a scenario give: equal keys, equal worlds. */
export function worldKey(seed: number, scenario: SeedScenario): string {
  return `${seed}/${scenario.scale}/${Math.floor(scenario.now.getTime() / 1000)}`;
}

const TEMPLATES = 'world_templates';
const KEPT_TEMPLATES = 3;
const templateKeys = new WeakMap<Db, string[]>();

/** The template's account name for `key`, building and storing it first when needed. */
function template(db: Db, key: string, build: () => Record<WorldTable, readonly SqlRow[]>): string {
  let keys = templateKeys.get(db);
  if (!keys) {
    templateKeys.set(db, (keys = []));
    // The same definitions as the store's (defaults included), since families may leave columns to their defaults.
    for (const table of WORLD_TABLES) {
      const { sql } = db.prepare("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string };
      db.exec(sql.replace(/^CREATE TABLE \w+/, `CREATE TABLE IF NOT EXISTS ${TEMPLATES}.${table}`));
    }
  }
  const i = keys.indexOf(key);
  if (i >= 0) {
    keys.splice(i, 1);
    keys.push(key);
    return key;
  }
  const world = build();
  for (const table of WORLD_TABLES) insertRows(db, `${TEMPLATES}.${table}`, key, world[table]);
  keys.push(key);
  while (keys.length > KEPT_TEMPLATES) {
    const dropped = keys.shift()!;
    for (const table of WORLD_TABLES) stmt(db, `DELETE FROM ${TEMPLATES}.${table} WHERE account = ?`).run(dropped);
  }
  return key;
}

const columnLists = new Map<string, string>();

function tableColumns(db: Db, table: string): string {
  let list = columnLists.get(table);
  if (!list) {
    list = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((n) => n !== 'account').join(', ');
    columnLists.set(table, list);
  }
  return list;
}

/** Rows of one table may come from several families with different columns: each column set gets its own statement, so table defaults fill the rest. */
function insertRows(db: Db, table: string, account: string, rows: readonly SqlRow[]): void {
  const inserts = new Map<string, Statement>();
  for (const row of rows) {
    const columns = Object.keys(row);
    const key = columns.join(',');
    let insert = inserts.get(key);
    if (!insert) {
      insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}, account) VALUES (${columns.map(() => '?').join(', ')}, ?)`);
      inserts.set(key, insert);
    }
    insert.run(...columns.map((c) => row[c]), account);
  }
}
