import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { buildCli, spawnCli, startCli } from '../support/built-server.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap } from '../support/mock-server.js';
import { structureRequest } from '../support/soap-request.js';
import { tableRequest } from '../support/table-request.js';

type Row = Record<string, string | null>;

const ROUNDS = 8;
const BATCH_ROWS = 100;
const ADD_WORKERS = 3;

/** The marker a ClientEdit batch writes into every one of its rows: all rows of a batch or none. */
const fullNameOf = (seq: number) => `Пакет ${seq}`;
const nameOf = (row: number, seq: number) => `Цель ${row} · ${seq}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A file store (WAL) under SIGKILL: a child server is killed in the middle of ClientAdd calls and
 * 100-row ClientEdit batches, many times over. After each death the file must pass integrity_check,
 * every acknowledged write must be there, and every batch must be there entirely or not at all.
 */
describe('crash safety of the file store under kill -9', () => {
  let build: ReturnType<typeof buildCli>;
  let dir: string;
  let dbFile: string;

  beforeAll(() => {
    build = buildCli();
    dir = mkdtempSync(join(tmpdir(), 'mock-crash-'));
    dbFile = join(dir, 'sandbox.db');
  }, 120_000);
  afterAll(() => {
    build?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`keeps every acknowledged write and every batch whole across ${ROUNDS} kill -9 rounds`, async () => {
    const acknowledgedAdds = new Map<string, string>(); // ClientID → Name
    let addsSent = 0;
    let targets: string[] = [];
    let nextSeq = 1;
    let lastAckedSeq = 0;
    let lastSentSeq = 0;
    const perRound: string[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const server = await startCli(build.cli, ['--db', dbFile, '--no-limits']);
      const endpoint = `${server.url}/cus/ws/PartnerWebAPI2`;
      const call = async (body: string) => {
        const res = await postSoap(endpoint, body);
        if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${res.text}`);
        return decodeResponse(res.text);
      };
      const add = (name: string, fullName = '') => call(structureRequest('PartnerWebAPI2', 'ClientAdd', { Name: name, RegionID: WELL_KNOWN.regionMoscow, FullName: fullName }));

      try {
        // What the previous death left is what the restarted server serves.
        const read = await call(structureRequest('PartnerWebAPI2', 'ClientRead', {}));
        expect(read.code).toBe('SUCCESS');
        const served = new Map((read.data as Row[]).map((r) => [r.ClientID as string, r]));
        for (const [id, name] of acknowledgedAdds) expect(served.get(id)?.Name, `acknowledged ClientAdd ${id}`).toBe(name);

        if (round === 1) {
          // The clients every batch edits: one row per client, created (and acknowledged) before any kill.
          for (let i = 0; i < BATCH_ROWS; i++) {
            const r = await add(nameOf(i, 0), fullNameOf(0));
            expect(r.code).toBe('SUCCESS');
            targets.push((r.data as Row).ClientID as string);
          }
        }

        let stopped = false;
        let roundAcks = 0;
        let roundBatches = 0;
        let batchSent = () => {};
        const batchTimes: number[] = [];
        const addWorker = async () => {
          while (!stopped) {
            const name = `Крах ${round}-${addsSent++}`;
            try {
              const r = await add(name);
              if (r.code !== 'SUCCESS') throw new Error(`ClientAdd answered ${r.code}: ${String(r.data)}`);
              // A response that arrived was acknowledged, even if it is read after the kill.
              acknowledgedAdds.set((r.data as Row).ClientID as string, name);
              roundAcks++;
            } catch (e) {
              if (stopped) return;
              throw e;
            }
          }
        };
        const batchWorker = async () => {
          while (!stopped) {
            const seq = nextSeq++;
            lastSentSeq = seq;
            const rows = targets.map((id, i) => [id, nameOf(i, seq), fullNameOf(seq)]);
            const sentAt = Date.now();
            batchSent();
            try {
              const r = await call(tableRequest('PartnerWebAPI2', 'ClientEdit', ['ClientID', 'Name', 'FullName'], rows));
              expect(r.code).toBe('SUCCESS');
              expect((r.data as Row[]).map((x) => x.ResultCode)).toEqual(Array(BATCH_ROWS).fill('SUCCESS'));
              lastAckedSeq = seq;
              roundBatches++;
              batchTimes.push(Date.now() - sentAt);
            } catch (e) {
              if (stopped) return;
              throw e;
            }
          }
        };
        const load = Promise.all([...Array.from({ length: ADD_WORKERS }, addWorker), batchWorker()]);
        const loadFailed = load.then(() => 'done' as const);

        // Kill once the load is under way, at a different moment each round.
        const started = Date.now();
        while ((roundBatches < 2 || roundAcks < 5) && Date.now() - started < 15_000) {
          const state = await Promise.race([loadFailed, sleep(5)]);
          if (state === 'done') break;
        }
        // Then right after a batch is sent, sweeping the kill across its parsing, transaction and answer.
        await Promise.race([new Promise<void>((sent) => (batchSent = sent)), loadFailed]);
        const delay = (round - 1) * 4;
        await sleep(delay);
        // Calls cut off by the kill fail; responses that arrived before it still count as acknowledged.
        stopped = true;
        await server.kill('SIGKILL');
        await load;
        const inFlight = lastSentSeq > lastAckedSeq ? `batch ${lastSentSeq} cut off` : 'no batch in flight';
        perRound.push(`round ${round}: ${roundAcks} ClientAdd and ${roundBatches} batches acknowledged (${batchTimes.join('/')} ms), killed ${delay} ms after a send, ${inFlight}`);
      } finally {
        await server.kill('SIGKILL');
      }

      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const byId = db.prepare<[string], { name: string; full_name: string }>("SELECT name, full_name FROM clients WHERE account = 'demo' AND id = ?");
        for (const [id, name] of acknowledgedAdds) expect(byId.get(id)?.name, `acknowledged ClientAdd ${id}`).toBe(name);

        const edited = targets.map((id) => byId.get(id)!);
        const seqs = new Set(edited.map((c) => c.full_name));
        expect(seqs.size, 'one batch visible across all its rows').toBe(1);
        const seq = Number(edited[0].full_name.replace('Пакет ', ''));
        expect(edited.map((c) => c.name)).toEqual(targets.map((_, i) => nameOf(i, seq)));
        // The last acknowledged batch, or one sent after it whose answer the kill cut off.
        expect(seq).toBeGreaterThanOrEqual(lastAckedSeq);
        expect(seq).toBeLessThanOrEqual(lastSentSeq);
        if (lastSentSeq > lastAckedSeq) perRound[perRound.length - 1] += seq === lastSentSeq ? ', found applied whole' : ', found absent';
      } finally {
        db.close();
      }
    }

    // The last death too: a restarted server serves every acknowledged client and the last batch whole.
    const server = await startCli(build.cli, ['--db', dbFile, '--no-limits']);
    try {
      const res = await postSoap(`${server.url}/cus/ws/PartnerWebAPI2`, structureRequest('PartnerWebAPI2', 'ClientRead', {}));
      const served = new Map((decodeResponse(res.text).data as Row[]).map((r) => [r.ClientID as string, r]));
      for (const [id, name] of acknowledgedAdds) expect(served.get(id)?.Name, `acknowledged ClientAdd ${id}`).toBe(name);
      expect(new Set(targets.map((id) => served.get(id)?.FullName)).size).toBe(1);
    } finally {
      await server.kill();
    }

    console.log(`crash safety: ${ROUNDS} kill -9 rounds, ${acknowledgedAdds.size} of ${acknowledgedAdds.size} acknowledged ClientAdd survived, ${lastAckedSeq} batches of ${BATCH_ROWS} acknowledged\n  ${perRound.join('\n  ')}`);
    expect(acknowledgedAdds.size).toBeGreaterThan(ROUNDS * 5);
  }, 90_000);

  it('a server killed while it creates a new store starts cleanly on that store next time', async () => {
    const clientsOf = async (url: string) => {
      const res = await postSoap(`${url}/cus/ws/PartnerWebAPI2`, structureRequest('PartnerWebAPI2', 'ClientRead', {}));
      const { code, data } = decodeResponse(res.text);
      expect(code).toBe('SUCCESS');
      return (data as Row[]).map((r) => `${r.ClientID} ${r.Name}`).sort();
    };

    /** Spawns a server on a new file; resolves once the file exists, with the ms from then until it listens (if it gets there). */
    const untilFileExists = async (file: string) => {
      const server = spawnCli(build.cli, ['--db', file]);
      const deadline = Date.now() + 20_000;
      while (!existsSync(file) && Date.now() < deadline) await sleep(1);
      return server;
    };

    // A clean start, timed from the file's creation: the kills below land across the schema and the demo world's seeding.
    const reference = await untilFileExists(join(dir, 'reference.db'));
    const created = Date.now();
    const url = await reference.listening;
    const creationMs = Date.now() - created;
    const expected = await clientsOf(url);
    await reference.kill();

    const outcomes: string[] = [];
    for (let round = 1; round <= 6; round++) {
      const file = join(dir, `fresh-${round}.db`);
      const delay = Math.round((creationMs * (round - 1)) / 6);
      const doomed = await untilFileExists(file);
      await sleep(delay);
      await doomed.kill('SIGKILL');
      const listened = await doomed.listening.then(() => true, () => false);

      let left = 'no file yet';
      if (existsSync(file)) {
        const db = new Database(file, { readonly: true, fileMustExist: true });
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const version = db.pragma('user_version', { simple: true }) as number;
          const seeded = version > 0 && (db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n > 0;
          left = version === 0 ? 'an empty file' : seeded ? 'a seeded store' : 'a schema without the demo world';
        } finally {
          db.close();
        }
      }
      outcomes.push(`${delay} ms: ${left}${listened ? ', already listening' : ''}`);
      const restarted = await startCli(build.cli, ['--db', file]);
      try {
        expect(await clientsOf(restarted.url)).toEqual(expected);
      } finally {
        await restarted.kill();
      }
    }
    console.log(`crash safety: a new store took ${creationMs} ms from its file to listening; killed while creating a store after ${outcomes.join('; ')}; each restarted with the whole demo world`);
  }, 90_000);
});
