import type { Db } from '../store/database.js';
import { WORLD_TABLES } from '../store/schema.js';

/**
 * A stable text dump of an account's world: every world table, rows ordered by all columns.
 * The `account` column is left out, so the worlds of two accounts can be compared directly.
 */
export function dumpWorld(db: Db, account: string): string {
  const out: string[] = [];
  for (const table of WORLD_TABLES) {
    const columns = (db.pragma(`table_info(${table})`) as { name: string }[])
      .map((c) => c.name)
      .filter((name) => name !== 'account');
    const rows = db
      .prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE account = ? ORDER BY ${columns.join(', ')}`)
      .raw()
      .all(account) as unknown[][];
    out.push(`## ${table} (${rows.length})`, columns.join('\t'));
    for (const row of rows) out.push(row.map(formatValue).join('\t'));
  }
  return out.join('\n') + '\n';
}

function formatValue(value: unknown): string {
  return Buffer.isBuffer(value) ? `x'${value.toString('hex')}'` : JSON.stringify(value);
}
