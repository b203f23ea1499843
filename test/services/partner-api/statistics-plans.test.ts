import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../../seed/demo-world.js';
import { seedWorld } from '../../../src/seed/seed-world.js';
import { STATISTICS_SQL } from '../../../src/services/partner-api/statistics/activity-reports.js';
import { openDatabase } from '../../../src/store/database.js';

describe('PartnerAPI statistics reads', () => {
  const db = openDatabase();
  seedWorld(db, 'demo', DEFAULT_SEED, { now: new Date('2024-03-01T09:00:00Z'), scale: 1 });
  const params = { account: 'demo', partner: 'p', from: '2024-02-23T00:00:00Z', to: '2024-03-01T09:00:00Z', client: null, line: null, agent: null, src: null, dst: null, abonent: null };

  it.each(Object.entries(STATISTICS_SQL))('%s walks the time index and looks agents and chat events up by index, never scanning a table', (name, sql) => {
    const used = Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)));
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX \w+_time /);
    expect(plan.join('\n')).toMatch(/SEARCH a USING (COVERING )?INDEX agents_user /);
    if (name === 'CALLS_SQL') expect(plan.filter((d) => /SEARCH m /.test(d)).map((d) => /USING (COVERING )?INDEX \w+ \(account=\? AND service_user_id=\? AND message_time>\? AND message_time<\?\)/.test(d))).toEqual([true, true]);
    expect(plan.filter((d) => /^SCAN \w+$/.test(d))).toEqual([]);
  });
});
