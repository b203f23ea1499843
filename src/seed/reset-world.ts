import type { Db } from '../store/database.js';
import { WORLD_TABLES } from '../store/schema.js';
import { stmt } from '../store/statements.js';

/** Removes every row of an account's world (or of the `tables` given), in one transaction; other accounts are untouched. */
export function deleteWorld(db: Db, account: string, tables: readonly string[] = WORLD_TABLES): void {
  db.transaction(() => {
    for (const table of tables) stmt(db, `DELETE FROM ${table} WHERE account = ?`).run(account);
  })();
}
