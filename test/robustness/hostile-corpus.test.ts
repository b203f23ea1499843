import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetAccount } from '../../src/runtime.js';
import { WORLD_TABLES } from '../../src/store/schema.js';
import { SERVICES } from '../../src/services/index.js';
import { hasInvalidXmlChar } from '../../src/xml/xml-chars.js';
import { prepareSamples } from '../support/catalog-samples.js';
import { decodeResponse } from '../support/decode-response.js';
import { DEMO_AUTH, startMock, type RunningMock } from '../support/mock-server.js';
import { structureRequest } from '../support/soap-request.js';
import { buildCorpus, type HostileCase } from './hostile-corpus.js';

const MINIMUM_CASES = 5000;
const FROZEN_DAY = { now: new Date('2024-03-01T12:00:00+03:00'), frozen: true };
const CONCURRENCY = 4;
/** What the heap may keep after the corpus, beyond its size before (journal, caches, statements). */
const HEAP_GROWTH_BOUND = 96 * 1024 * 1024;
const LEAKS = /\n\s+at |\.ts:\d+|\.js:\d+|\/src\/|node_modules|\/work\//;

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ limits: false });
});
afterAll(() => mock.close());

function send(c: HostileCase): Promise<Answer> {
  const body = c.body ?? '';
  const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8', ...c.headers };
  if (!('Authorization' in headers)) headers.Authorization = DEMO_AUTH;
  if (headers.Authorization === '') delete headers.Authorization;
  return new Promise((resolve, reject) => {
    const req = request(`${mock.url}${c.path ?? '/cus/ws/PartnerWebAPI2'}`, { method: c.method ?? 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server may answer (413, 401) and close before a huge body is sent: that is an answer too.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? resolve({ status: -1, contentType: '', body: e.code }) : reject(e)));
    req.end(body);
  });
}

/** A sound answer: a status with a message, well-formed XML when it is XML, no stack trace or path. */
function checkAnswer(c: HostileCase, a: Answer): string | undefined {
  if (a.status === -1) return undefined;
  if (a.status < 200 || a.status > 599) return `status ${a.status}`;
  if (a.body.length === 0 && a.status !== 204) return 'empty answer';
  if (LEAKS.test(a.body)) return `leaks internals: ${a.body.slice(0, 300)}`;
  if (a.contentType.includes('xml')) {
    if (XMLValidator.validate(a.body) !== true) return `not well-formed XML: ${a.body.slice(0, 300)}`;
    if (hasInvalidXmlChar(a.body)) return 'XML with a forbidden character';
  }
  if (a.status === 200 && !a.contentType.includes('xml') && (c.path ?? '/cus/ws/').startsWith('/cus/ws/')) return `200 without XML: ${a.contentType}`;
  return undefined;
}

/**
 * Counts committed changes to the world: a temporary trigger on every world table bumps a counter in
 * the same transaction as the change, so a write that is rolled back leaves the count as it was.
 */
function installChangeCounter(): () => number {
  const db = mock.runtime.db;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS corpus_changes (n INTEGER NOT NULL); DELETE FROM corpus_changes; INSERT INTO corpus_changes VALUES (0)');
  for (const table of WORLD_TABLES) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS corpus_${table}_${event} AFTER ${event} ON main.${table} BEGIN UPDATE corpus_changes SET n = n + 1; END`);
    }
  }
  const read = db.prepare('SELECT n FROM corpus_changes').pluck();
  return () => read.get() as number;
}

/** A digest of every row of the demo world, in storage order (cheaper than a sorted dump, as exact for one database). */
function worldChecksum(): string {
  const hash = createHash('sha256');
  for (const table of WORLD_TABLES) {
    const rows = mock.runtime.db.prepare(`SELECT * FROM ${table} WHERE account = ? ORDER BY rowid`).raw().all('demo');
    hash.update(`${table}\n`);
    for (const row of rows) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}

async function runAll(cases: HostileCase[], onAnswer: (c: HostileCase, a: Answer) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      onAnswer(c, await send(c));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function stillAnswers(): Promise<boolean> {
  const a = await send({ category: '', name: 'RegionRead', body: structureRequest('PartnerWebAPI2', 'RegionRead', {}, '1.1'), outcome: 'maybe' });
  return a.status === 200 && decodeResponse(a.body).code === 'SUCCESS';
}

describe('a hostile corpus', () => {
  it(`answers at least ${MINIMUM_CASES} hostile requests soundly, keeps serving, keeps its memory and never changes the store on a refusal`, async () => {
    resetAccount(mock.runtime, 'demo', FROZEN_DAY);
    prepareSamples(mock.runtime.db);
    const corpus = buildCorpus(SERVICES, MINIMUM_CASES);
    expect(corpus.length).toBeGreaterThanOrEqual(MINIMUM_CASES);
    const problems: string[] = [];
    const counts = new Map<string, number>();
    const record = (c: HostileCase, a: Answer) => {
      counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
      const problem = checkAnswer(c, a);
      if (problem) problems.push(`${c.category} / ${c.name}: ${problem}`);
    };

    const heapBefore = heapAfterGc();
    const before = worldChecksum();

    // Refused cases, category by category: the server answers after each, and the store never moves.
    const categories = [...new Set(corpus.map((c) => c.category))];
    for (const category of categories) {
      await runAll(corpus.filter((c) => c.category === category && c.outcome === 'refused'), record);
      if (!(await stillAnswers())) problems.push(`the server stopped answering after ${category}`);
    }
    expect(worldChecksum()).toBe(before);

    // Cases that may succeed (valid odd values): each answer sound; then the refused ones among them
    // are sent again on a fresh world, which must not move either.
    const maybe = corpus.filter((c) => c.outcome === 'maybe');
    const refusedAmongMaybe: HostileCase[] = [];
    await runAll(maybe, (c, a) => {
      record(c, a);
      if (a.status !== 200 || decodeResponse(a.body).code !== 'SUCCESS') refusedAmongMaybe.push(c);
    });
    resetAccount(mock.runtime, 'demo', FROZEN_DAY);
    prepareSamples(mock.runtime.db);
    // One at a time: a case refused on the first pass may succeed on a fresh world; a refusal must not move it.
    const changes = installChangeCounter();
    for (const c of refusedAmongMaybe) {
      const before = changes();
      const a = await send(c);
      record(c, a);
      const refused = a.status !== 200 || decodeResponse(a.body).code !== 'SUCCESS';
      if (refused && changes() !== before) problems.push(`${c.category} / ${c.name}: a refusal changed the store`);
    }
    expect(await stillAnswers()).toBe(true);

    mock.runtime.journal.reset('demo');
    const growth = heapAfterGc() - heapBefore;
    console.log(
      `hostile corpus: ${corpus.length} cases (${corpus.length - maybe.length} refused, ${maybe.length} possibly accepted, ${refusedAmongMaybe.length} of those refused and replayed); heap growth ${(growth / 1048576).toFixed(1)} MiB\n` +
        [...counts].map(([category, n]) => `  ${String(n).padStart(5)}  ${category}`).join('\n'),
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(growth).toBeLessThan(HEAP_GROWTH_BOUND);
  }, 600_000);
});
