import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime, resetAccount } from '../../src/runtime.js';
import { dumpWorld } from '../../src/seed/dump-world.js';

const runtime = createRuntime();
afterAll(() => runtime.db.close());

describe('worlds copied inside the store', () => {
  it('gives a new account the same world as a freshly seeded one', () => {
    runtime.accounts.create({ login: 'copy', password: 'x' });
    expect(dumpWorld(runtime.db, 'copy')).toBe(dumpWorld(runtime.db, 'demo'));
    const fresh = createRuntime();
    expect(dumpWorld(runtime.db, 'demo')).toBe(dumpWorld(fresh.db, 'demo'));
    fresh.db.close();
  });

  it('a snapshot restore brings back the world as it was, a reset the seeded one', () => {
    const seeded = dumpWorld(runtime.db, 'demo');
    runtime.db.prepare("UPDATE departments SET name = 'Снимок' WHERE account = 'demo'").run();
    const changed = dumpWorld(runtime.db, 'demo');
    runtime.accounts.saveSnapshot('demo', 'one', new Date());
    runtime.db.prepare("DELETE FROM departments WHERE account = 'demo'").run();
    expect(runtime.accounts.restoreSnapshot('demo', 'one')).toBe(true);
    expect(dumpWorld(runtime.db, 'demo')).toBe(changed);
    resetAccount(runtime, 'demo');
    expect(dumpWorld(runtime.db, 'demo')).toBe(seeded);
    expect(runtime.accounts.restoreSnapshot('demo', 'none')).toBe(false);
  });

  it('copies back exactly the tables changed on either side, across snapshots, resets and writes', { timeout: 60_000 }, () => {
    resetAccount(runtime, 'demo');
    const seeded = dumpWorld(runtime.db, 'demo');
    runtime.db.prepare("UPDATE departments SET name = 'Первый' WHERE account = 'demo'").run();
    runtime.accounts.saveSnapshot('demo', 'first', new Date());
    const first = dumpWorld(runtime.db, 'demo');
    runtime.db.prepare("DELETE FROM chat_messages WHERE account = 'demo' AND message_type = 1").run();
    runtime.accounts.saveSnapshot('demo', 'second', new Date());
    const second = dumpWorld(runtime.db, 'demo');
    runtime.db.prepare("UPDATE clients SET name = 'Третий' WHERE account = 'demo'").run();

    expect(runtime.accounts.restoreSnapshot('demo', 'first')).toBe(true);
    expect(dumpWorld(runtime.db, 'demo')).toBe(first);
    expect(runtime.accounts.restoreSnapshot('demo', 'second')).toBe(true);
    expect(dumpWorld(runtime.db, 'demo')).toBe(second);
    resetAccount(runtime, 'demo');
    expect(dumpWorld(runtime.db, 'demo')).toBe(seeded);
    expect(runtime.accounts.restoreSnapshot('demo', 'second')).toBe(true);
    expect(dumpWorld(runtime.db, 'demo')).toBe(second);
    // A snapshot deleted and saved again under its name is the world of that moment.
    expect(runtime.accounts.deleteSnapshot('demo', 'first')).toBe(true);
    resetAccount(runtime, 'demo');
    runtime.accounts.saveSnapshot('demo', 'first', new Date());
    runtime.db.prepare("UPDATE regions SET name = 'Четвёртый' WHERE account = 'demo'").run();
    expect(runtime.accounts.restoreSnapshot('demo', 'first')).toBe(true);
    expect(dumpWorld(runtime.db, 'demo')).toBe(seeded);
  });

  it('records changes under any conflict policy of the writing statement', () => {
    resetAccount(runtime, 'demo');
    const seeded = dumpWorld(runtime.db, 'demo');
    for (let i = 0; i < 2; i++) runtime.db.prepare("UPDATE OR ABORT departments SET name = 'Снова' WHERE account = 'demo'").run();
    runtime.db.prepare("INSERT OR REPLACE INTO departments SELECT * FROM departments WHERE account = 'demo'").run();
    resetAccount(runtime, 'demo');
    expect(dumpWorld(runtime.db, 'demo')).toBe(seeded);
  });

  it('a reset copies the whole world back after another connection wrote to the store file', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-world-copy-'));
    const clock = { now: new Date('2024-03-01T09:00:00Z'), frozen: true };
    const [a, b] = [createRuntime({ dbFile: join(dir, 'store.db') }), createRuntime({ dbFile: join(dir, 'store.db') })];
    try {
      resetAccount(a, 'demo', clock);
      const seeded = dumpWorld(a.db, 'demo');
      b.db.prepare("UPDATE departments SET name = 'Из другого процесса' WHERE account = 'demo'").run();
      resetAccount(a, 'demo', clock);
      expect(dumpWorld(a.db, 'demo')).toBe(seeded);
    } finally {
      [a, b].forEach((r) => r.db.close());
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
