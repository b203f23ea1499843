import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, SEED_EPOCH, WELL_KNOWN } from '../../seed/demo-world.js';
import { seedWorld } from '../../src/seed/seed-world.js';
import { openDatabase } from '../../src/store/database.js';

/** The service-desk and storefront families: every reference points at an object that exists. */
describe('seeded service desk and storefront', () => {
  const db = openDatabase();
  seedWorld(db, 'demo', DEFAULT_SEED);
  const dangling = (sql: string) => (db.prepare(sql).all() as unknown[]).length;

  it('service requests refer to the partner dictionaries, its lines and specialists, and a client user of the request client', () => {
    const refs: [string, string][] = [
      ['channel_id', 'service_request_channels'],
      ['service_kind_id', 'service_kinds'],
      ['request_type_id', 'service_request_types'],
      ['status_id', 'service_request_statuses'],
      ['line_id', 'support_lines'],
      ['executor_id', 'specialists'],
    ];
    for (const [column, table] of refs) {
      expect(dangling(`SELECT r.id FROM service_requests r LEFT JOIN ${table} t ON t.account = r.account AND t.id = r.${column} AND t.partner_id = r.partner_id WHERE t.id IS NULL`), column).toBe(0);
    }
    expect(dangling(`SELECT r.id FROM service_requests r LEFT JOIN client_users u ON u.account = r.account AND u.id = r.user_id AND u.client_id = r.client_id WHERE u.id IS NULL`)).toBe(0);
    expect(dangling(`SELECT h.id FROM service_request_history h LEFT JOIN service_requests r ON r.account = h.account AND r.id = h.request_id WHERE r.id IS NULL`)).toBe(0);
    expect(dangling(`SELECT h.id FROM service_request_history h LEFT JOIN specialists s ON s.account = h.account AND s.id = h.author_id WHERE s.id IS NULL`)).toBe(0);
  });

  it('the last STATUS change of each request is its current status, and everything happened before the epoch', () => {
    const mismatched = db
      .prepare(
        `SELECT r.id FROM service_requests r JOIN service_request_history h ON h.account = r.account AND h.request_id = r.id AND h.changed_field = 'STATUS'
         WHERE h.seq = (SELECT MAX(seq) FROM service_request_history x WHERE x.account = r.account AND x.request_id = r.id AND x.changed_field = 'STATUS')
           AND h.new_value <> r.status_id`,
      )
      .all();
    expect(mismatched).toEqual([]);
    const epoch = SEED_EPOCH;
    expect(dangling(`SELECT id FROM service_requests WHERE changed_at >= '${epoch}' OR created_at > changed_at`)).toBe(0);
    expect(dangling(`SELECT id FROM chat_messages WHERE message_time >= '${epoch}'`)).toBe(0);
  });

  it('clicks and buy requests refer to existing items, clients and people', () => {
    expect(dangling(`SELECT c.id FROM storefront_clicks c LEFT JOIN storefront_products p ON p.account = c.account AND p.id = c.item_id LEFT JOIN start_pictures s ON s.account = c.account AND s.id = c.item_id WHERE COALESCE(p.id, s.id) IS NULL`)).toBe(0);
    expect(dangling(`SELECT c.id FROM storefront_clicks c LEFT JOIN clients k ON k.account = c.account AND k.id = c.client_id WHERE k.id IS NULL`)).toBe(0);
    expect(
      dangling(`SELECT c.id FROM storefront_clicks c LEFT JOIN client_users u ON u.account = c.account AND u.id = c.user_id AND u.client_id = c.client_id
        LEFT JOIN specialists s ON s.account = c.account AND s.id = c.user_id AND s.partner_id = c.client_id WHERE COALESCE(u.id, s.id) IS NULL`),
    ).toBe(0);
    expect(dangling(`SELECT b.id FROM storefront_buy_requests b LEFT JOIN storefront_products p ON p.account = b.account AND p.id = b.product_id WHERE p.id IS NULL`)).toBe(0);
    expect(
      dangling(`SELECT b.id FROM storefront_buy_requests b LEFT JOIN client_users u ON u.account = b.account AND u.id = b.agent_id
        LEFT JOIN specialists s ON s.account = b.account AND s.id = b.agent_id WHERE COALESCE(u.id, s.id) IS NULL`),
    ).toBe(0);
    expect(db.prepare(`SELECT status, executed_at FROM storefront_buy_requests WHERE id = ?`).get(WELL_KNOWN.buyRequest)).toEqual({ status: 'ON_CONSIDERATION', executed_at: null });
    expect(dangling(`SELECT id FROM storefront_buy_requests WHERE (status = 'ON_CONSIDERATION') <> (executed_at IS NULL) OR executed_at < created_at`)).toBe(0);
  });
});
