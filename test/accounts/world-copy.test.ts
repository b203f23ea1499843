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
});
