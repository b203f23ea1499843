import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { resetAccount } from '../../src/runtime.js';
import { mapBounded, tally } from '../support/bounded.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import type { ParamInput } from '../support/soap-client.js';
import { structureRequest } from '../support/soap-request.js';
import { tableRequest } from '../support/table-request.js';

type Row = Record<string, string | null>;
type Decoded = { code: string; data: unknown };

/** Requests in flight at once: enough to interleave many calls, few enough for a shared machine. */
const IN_FLIGHT = 48;
/** A weekday noon in Moscow: the day limits apply (ClientAdd, ClientEdit 250; RegionRead 25 an hour). */
const DAY = '2024-03-01T12:00:00+03:00';
const SECOND = { login: 'second', password: 'pw' };
/** Each test's bound: a few seconds alone, more on a busy machine. */
const BOUND = 30_000;
const authOf = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

describe('concurrent callers never overspend an hourly budget (spec 4.2, WIRE-FORMAT §7–8)', () => {
  let mock: RunningMock;
  const endpoint = () => `${mock.url}/cus/ws/PartnerWebAPI2`;

  const send = async (body: string, auth?: string): Promise<Decoded> => {
    const res = await postSoap(endpoint(), body, auth ? { Authorization: auth } : {});
    expect(res.status).toBe(200);
    return decodeResponse(res.text);
  };
  const single = (operation: string, params: Record<string, ParamInput> = {}, auth?: string) => send(structureRequest('PartnerWebAPI2', operation, params), auth);
  const batch = (operation: string, columns: string[], rows: ParamInput[][]) => send(tableRequest('PartnerWebAPI2', operation, columns, rows));
  const used = async (login: string, operation: string): Promise<number> => {
    const res = await fetch(`${mock.url}/admin/api/accounts/${login}/limits`);
    const body = (await res.json()) as { operations: { operation: string; used: number }[] };
    return body.operations.find((o) => o.operation === operation)!.used;
  };

  beforeAll(async () => {
    mock = await startMock({ accounts: [SECOND] });
  });
  beforeEach(async () => {
    for (const login of ['demo', SECOND.login]) {
      resetAccount(mock.runtime, login);
      await setClock(mock.url, DAY, login);
    }
  });
  afterAll(() => mock.close());

  it('300 concurrent ClientAdd: exactly 250 created, 50 OUT_OF_LIMIT, every created client readable', async () => {
    const results = await mapBounded(Array.from({ length: 300 }, (_, i) => i), IN_FLIGHT, (i) =>
      single('ClientAdd', { Name: `ООО «Параллель ${i}»`, RegionID: WELL_KNOWN.regionMoscow }),
    );
    console.log(`concurrency: ClientAdd ×300 → ${JSON.stringify(tally(results.map((r) => r.code)))}`);
    expect(tally(results.map((r) => r.code))).toEqual({ SUCCESS: 250, OUT_OF_LIMIT: 50 });
    const created = results.filter((r) => r.code === 'SUCCESS').map((r) => (r.data as Row).ClientID as string);
    expect(new Set(created).size).toBe(250);
    expect(await used('demo', 'ClientAdd')).toBe(250);

    const read = await single('ClientRead');
    expect(read.code).toBe('SUCCESS');
    const names = new Map((read.data as Row[]).map((r) => [r.ClientID, r.Name]));
    const refused = results.map((r, i) => (r.code === 'OUT_OF_LIMIT' ? `ООО «Параллель ${i}»` : undefined)).filter(Boolean);
    expect(created.filter((id) => names.has(id))).toHaveLength(250);
    expect([...names.values()].filter((n) => refused.includes(n as string))).toEqual([]);
  }, BOUND);

  it('200 concurrent callers of one operation: exactly the limit admitted, the rest OUT_OF_LIMIT', async () => {
    const results = await mapBounded(Array.from({ length: 200 }), IN_FLIGHT, () => single('RegionRead'));
    const codes = tally(results.map((r) => r.code));
    console.log(`concurrency: RegionRead ×200 → ${JSON.stringify(codes)}`);
    expect(codes).toEqual({ SUCCESS: 25, OUT_OF_LIMIT: 175 });
    expect(results.find((r) => r.code === 'OUT_OF_LIMIT')?.data).toBe('Превышен лимит вызовов операции RegionRead: 25 в час');
    expect(await used('demo', 'RegionRead')).toBe(25);
  }, BOUND);

  it('two accounts spending the same operation in parallel do not touch each other’s budget', async () => {
    const second = authOf(SECOND.login, SECOND.password);
    const callers = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 'demo' : SECOND.login));
    const results = await mapBounded(callers, IN_FLIGHT, (login) => single('RegionRead', {}, login === 'demo' ? undefined : second));
    const codesOf = (login: string) => tally(results.filter((_, i) => callers[i] === login).map((r) => r.code));
    console.log(`concurrency: RegionRead ×200 per account → demo ${JSON.stringify(codesOf('demo'))}, second ${JSON.stringify(codesOf(SECOND.login))}`);
    expect(codesOf('demo')).toEqual({ SUCCESS: 25, OUT_OF_LIMIT: 175 });
    expect(codesOf(SECOND.login)).toEqual({ SUCCESS: 25, OUT_OF_LIMIT: 175 });

    // demo's spent budget leaves a fresh account's untouched.
    resetAccount(mock.runtime, SECOND.login);
    await setClock(mock.url, DAY, SECOND.login);
    expect((await single('RegionRead')).code).toBe('OUT_OF_LIMIT');
    expect((await single('RegionRead', {}, second)).code).toBe('SUCCESS');
    expect([await used('demo', 'RegionRead'), await used(SECOND.login, 'RegionRead')]).toEqual([25, 1]);
  }, BOUND);

  it('ClientEdit batches of 100 racing single calls: successes sum to exactly the limit, refused writes change nothing', async () => {
    const read = await single('ClientRead');
    const own = (read.data as Row[]).filter((r) => r.CreatedByMe === 'true' && r.Deleted === 'false').map((r) => r.ClientID as string);
    expect(own.length).toBeGreaterThanOrEqual(40);

    // Every write carries a name of its own, so the final names tell which writes took effect.
    type Write = { client: string; name: string };
    const batches: Write[][] = [0, 1, 2].map((b) => Array.from({ length: 100 }, (_, r) => ({ client: own[(b * 7 + r) % own.length], name: `Пакет ${b} строка ${r}` })));
    const singles: Write[] = Array.from({ length: 100 }, (_, s) => ({ client: own[s % own.length], name: `Одиночный ${s}` }));
    const jobs = [...singles.slice(0, 30).map((w) => ({ single: w })), ...batches.map((rows) => ({ rows })), ...singles.slice(30).map((w) => ({ single: w }))];

    const outcomes = await mapBounded(jobs, IN_FLIGHT, async (job): Promise<{ write: Write; code: string }[]> => {
      if ('single' in job) {
        const r = await single('ClientEdit', { ClientID: job.single.client, Name: job.single.name });
        return [{ write: job.single, code: r.code }];
      }
      const r = await batch('ClientEdit', ['ClientID', 'Name'], job.rows.map((w) => [w.client, w.name]));
      if (r.code !== 'SUCCESS') return job.rows.map((write) => ({ write, code: `call ${r.code}` }));
      const rows = r.data as Row[];
      expect(rows).toHaveLength(100);
      return rows.map((row, i) => ({ write: job.rows[i], code: row.ResultCode as string }));
    });

    const all = outcomes.flat();
    const codes = tally(all.map((o) => o.code));
    console.log(`concurrency: ClientEdit 3 batches ×100 + 100 singles → ${JSON.stringify(codes)}`);
    expect(Object.keys(codes).every((c) => ['SUCCESS', 'OUT_OF_LIMIT', 'call OUT_OF_LIMIT'].includes(c))).toBe(true);
    expect(codes.SUCCESS).toBe(250);
    expect(await used('demo', 'ClientEdit')).toBe(250);

    const applied = new Set(all.filter((o) => o.code === 'SUCCESS').map((o) => o.write.name));
    const after = await single('ClientRead');
    const finalNames = (after.data as Row[]).filter((r) => own.includes(r.ClientID as string)).map((r) => r.Name as string);
    const original = new Set((read.data as Row[]).map((r) => r.Name));
    expect(finalNames.filter((n) => !applied.has(n) && !original.has(n))).toEqual([]);
  }, BOUND);
});
