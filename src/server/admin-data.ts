import type { Router } from 'express';
import type { MockRuntime } from '../runtime.js';
import { stmt } from '../store/statements.js';
import type { Db } from '../store/database.js';
import { knownLogin, refuse } from './admin-http.js';

/** What the dashboard's data browser may list: a world table each, in a useful order. */
const COLLECTIONS: Readonly<Record<string, { table: string; orderBy: string }>> = {
  clients: { table: 'clients', orderBy: 'name, id' },
  'client-users': { table: 'client_users', orderBy: 'surname, name, id' },
  specialists: { table: 'specialists', orderBy: 'surname, name, id' },
  departments: { table: 'departments', orderBy: 'name, id' },
  'support-lines': { table: 'support_lines', orderBy: 'name, id' },
  competences: { table: 'competences', orderBy: 'line_id, priority, specialist_id' },
  'service-requests': { table: 'service_requests', orderBy: 'created_at DESC, id' },
  'buy-requests': { table: 'storefront_buy_requests', orderBy: 'created_at DESC, id' },
  treatments: { table: 'treatments', orderBy: 'initialized DESC, id' },
  chat: { table: 'chat_messages', orderBy: 'message_time DESC, id' },
  calls: { table: 'calls', orderBy: 'call_time DESC, id' },
  'file-transfers': { table: 'file_transfers', orderBy: 'uploaded_at DESC, id' },
};

/** Columns never shown: the world's key, secrets and bytes. */
const HIDDEN = new Set(['account', 'password']);

const columnLists = new WeakMap<Db, Map<string, string[]>>();

function visibleColumns(db: Db, table: string): string[] {
  let lists = columnLists.get(db);
  if (!lists) columnLists.set(db, (lists = new Map()));
  let columns = lists.get(table);
  if (!columns) {
    columns = (db.pragma(`table_info(${table})`) as { name: string; type: string }[]).filter((c) => !HIDDEN.has(c.name) && c.type !== 'BLOB').map((c) => c.name);
    lists.set(table, columns);
  }
  return columns;
}

/** A read-only look at an account's world (the dashboard's data browser): what it holds, a page at a time. */
export function dataRoutes(router: Router, runtime: MockRuntime): void {
  router.get('/accounts/:login/data', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const collections = Object.entries(COLLECTIONS).map(([name, { table }]) => ({
      name,
      rows: (stmt(runtime.db, `SELECT COUNT(*) AS n FROM ${table} WHERE account = ?`).get(login) as { n: number }).n,
    }));
    res.json({ login, collections });
  });

  router.get('/accounts/:login/data/:collection', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const collection = COLLECTIONS[String(req.params.collection)];
    if (!collection) return refuse(res, 404, `no collection "${String(req.params.collection)}"; known: ${Object.keys(COLLECTIONS).join(', ')}`);
    const limit = req.query.limit === undefined ? 50 : Number(req.query.limit);
    const offset = req.query.offset === undefined ? 0 : Number(req.query.offset);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) return refuse(res, 400, 'limit expects a whole number from 1 to 500');
    if (!Number.isInteger(offset) || offset < 0) return refuse(res, 400, 'offset expects a whole number from 0');
    const columns = visibleColumns(runtime.db, collection.table);
    const total = (stmt(runtime.db, `SELECT COUNT(*) AS n FROM ${collection.table} WHERE account = ?`).get(login) as { n: number }).n;
    const rows = stmt(runtime.db, `SELECT ${columns.join(', ')} FROM ${collection.table} WHERE account = ? ORDER BY ${collection.orderBy} LIMIT ? OFFSET ?`)
      .raw()
      .all(login, limit, offset);
    res.json({ login, collection: String(req.params.collection), columns, rows, total, limit, offset });
  });
}
