import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRuntime, resetAccount } from '../src/runtime.js';
import { dumpWorld } from '../src/seed/dump-world.js';

describe('runtime and store', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('two runs with the same seed produce identical stores; another seed differs', () => {
    const [a, b, c] = [createRuntime({ seed: 11 }), createRuntime({ seed: 11 }), createRuntime({ seed: 12 })];
    // One moment for all three: a world seeded in real time ends at the last 10-minute mark, which may pass between them.
    for (const r of [a, b, c]) resetAccount(r, 'demo', { now: new Date('2024-03-01T12:00:00+03:00'), frozen: true });
    expect(dumpWorld(a.db, 'demo')).toBe(dumpWorld(b.db, 'demo'));
    expect(dumpWorld(a.db, 'demo')).not.toBe(dumpWorld(c.db, 'demo'));
    [a, b, c].forEach((r) => r.db.close());
  });

  it('keeps a --db sandbox across restarts without seeding it again', () => {
    const dir = mkdtempSync(join(tmpdir(), '1c-connect-mock-'));
    dirs.push(dir);
    const file = join(dir, 'sandbox.db');
    const first = createRuntime({ dbFile: file });
    first.db.prepare("UPDATE departments SET name = 'Переименован' WHERE account = 'demo' AND id = ?").run('3d9b7a44-2e6f-4b0c-8d1e-00000000d001');
    const before = dumpWorld(first.db, 'demo');
    first.db.close();
    const second = createRuntime({ dbFile: file, accounts: [{ login: 'alice', password: 'x' }] });
    expect(dumpWorld(second.db, 'demo')).toBe(before);
    expect(second.accounts.logins()).toEqual(['alice', 'demo']);
    expect(second.db.pragma('journal_mode', { simple: true })).toBe('wal');
    second.db.close();
  });
});
