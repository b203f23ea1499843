import type { Db } from '../store/database.js';
import { WORLD_TABLES } from '../store/schema.js';

/** Removes every row of an account's world, in one transaction; other accounts are untouched. */
export function deleteWorld(db: Db, account: string): void {
  db.transaction(() => {
    for (const table of WORLD_TABLES) db.prepare(`DELETE FROM ${table} WHERE account = ?`).run(account);
  })();
}
