import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../../seed/demo-world.js';
import { seedWorld } from '../../../src/seed/seed-world.js';
import { HISTORY_SOURCES } from '../../../src/services/partner-web-api2/support-history/handlers.js';
import { openDatabase } from '../../../src/store/database.js';

describe('support history reads', () => {
  const db = openDatabase();
  seedWorld(db, 'demo', DEFAULT_SEED, { now: new Date('2024-03-01T09:00:00Z'), scale: 1 });

  it.each(Object.entries(HISTORY_SOURCES))('%s walks an index on its time column, never the whole table', (_name, source) => {
    const extra = (source.where ?? []).map((w) => (w.match(/\?/g) ?? []).length).reduce((a, b) => a + b, 0);
    const sql = `${source.select} AND ${source.time} >= ? AND ${source.time} <= ? ${(source.where ?? []).map((w) => `AND ${w}`).join(' ')} ORDER BY ${source.orderBy}`;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('demo', '2024-02-23T00:00:00Z', '2024-03-01T09:00:00Z', ...Array(extra).fill('2024-03-01T09:00:00Z')) as { detail: string }[])
      .map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX \w+_(time|started|initialized|closed) /);
    expect(plan.filter((d) => /^SCAN \w+$/.test(d))).toEqual([]);
  });
});
