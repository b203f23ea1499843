import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { runOperation } from '../../src/pipeline/call-pipeline.js';
import { inputKey } from '../../src/pipeline/read-cache.js';
import { createRuntime, type MockRuntime } from '../../src/runtime.js';
import { PARTNER_WEB_API2 } from '../../src/services/partner-web-api2/index.js';
import type { XdtoValue } from '../../src/xml/xdto-value.js';

const structure = (props: Record<string, XdtoValue> = {}): XdtoValue => ({ type: 'structure', props: new Map(Object.entries(props)) });
const op = (name: string) => PARTNER_WEB_API2.catalog.get(name)!;

describe('read cache of cacheable operations', () => {
  let runtime: MockRuntime;
  const read = (params = structure()) => runOperation(runtime, PARTNER_WEB_API2, op('ClientRead'), runtime.accounts.get('demo')!, params);
  beforeAll(() => {
    runtime = createRuntime({ limits: false });
  });
  afterAll(() => runtime.db.close());

  it('gives the same answer again while the store is unchanged, a fresh one after any write', () => {
    const first = read();
    expect(read()).toBe(first);
    runtime.db.prepare('UPDATE clients SET name = ? WHERE account = ? AND id = ?').run('ООО «Свежее»', 'demo', WELL_KNOWN.ownClient);
    const after = read();
    expect(after).not.toBe(first);
    expect(JSON.stringify(after)).toContain('ООО «Свежее»');
  });

  it('keeps answers apart by parameters and by the account time zone', () => {
    const all = read();
    const since = read(structure({ ChangedFrom: { type: 'dateTime', value: '2024-02-20T00:00:00' } }));
    expect(since).not.toBe(all);
    const account = runtime.accounts.get('demo')!;
    const differentZone = { ...account, tzOffsetMinutes: account.tzOffsetMinutes + 60 };
    expect(runOperation(runtime, PARTNER_WEB_API2, op('ClientRead'), differentZone, structure())).not.toBe(all);
    expect(read()).toBe(all);
  });

  it('does not keep refusals, nor answers of operations not marked cacheable', () => {
    const bad = structure({ ChangedFrom: { type: 'string', value: 'вчера' } });
    const refused = read(bad);
    expect(refused.code).not.toBe('SUCCESS');
    expect(read(bad)).not.toBe(refused);
    const users = () => runOperation(runtime, PARTNER_WEB_API2, op('ClientUserRead'), runtime.accounts.get('demo')!, structure());
    expect(op('ClientUserRead').cacheable).toBeUndefined();
    expect(users()).not.toBe(users());
  });

  it('reads equal inputs as one key and different ones as different keys', () => {
    const a = structure({ X: { type: 'string', value: '1' }, Y: { type: 'table', columns: ['A'], rows: [[{ type: 'number', value: 1 }]] } });
    const b = structure({ X: { type: 'string', value: '1' }, Y: { type: 'table', columns: ['A'], rows: [[{ type: 'number', value: 1 }]] } });
    expect(inputKey(a)).toBe(inputKey(b));
    expect(inputKey(structure({ X: { type: 'string', value: '1' } }))).not.toBe(inputKey(structure({ X: { type: 'number', value: 1 } })));
    expect(inputKey(structure({ X: { type: 'string', value: '1', untyped: true } }))).not.toBe(inputKey(structure({ X: { type: 'string', value: '1' } })));
  });

  it('sees a write another connection commits to the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-cache-'));
    const onFile = createRuntime({ limits: false, dbFile: join(dir, 'mock.db') });
    const other = new Database(join(dir, 'mock.db'));
    try {
      const readFile = () => runOperation(onFile, PARTNER_WEB_API2, op('ClientRead'), onFile.accounts.get('demo')!, structure());
      const first = readFile();
      expect(readFile()).toBe(first);
      other.prepare('UPDATE clients SET name = ? WHERE account = ? AND id = ?').run('ООО «Снаружи»', 'demo', WELL_KNOWN.ownClient);
      expect(JSON.stringify(readFile())).toContain('ООО «Снаружи»');
    } finally {
      other.close();
      onFile.db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
