/**
 * A group of tables of one area. `worldTables` are the tables whose rows belong to an account's
 * world (they carry `account`); they are listed children first, which is the order for deletion.
 */
export interface TableGroup {
  sql: string;
  worldTables: readonly string[];
}
