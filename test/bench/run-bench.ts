/**
 * `npm run bench`: the mock side by side with a raw node:http server replaying the mock's own
 * response bytes and with a node-soap stub over the same WSDL, each in its own process, loaded in
 * turn by autocannon from this process. Also cold start, one ClientRead over 10,000 clients and the
 * mock's memory; the 7-day chat history on the default and a --scale 10 world, seeding times, and
 * the admin API's reset, snapshot restore and new account. BENCH_SECONDS (default 5) per load, BENCH_ROUNDS (default 3) rounds: medians.
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnCli, type ServerProcess } from '../support/built-server.js';
import { AUTH, CONTENT_TYPE, dt, post, readResult, returnObject, s, SERVICE_PATH, structureCall, tableCall } from './bench-soap.js';
import type { CapturedReply } from './raw-replay-server.js';
import { adminTimings, chatWeek, median, seedInProcess } from './world-timings.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
if (!(SECONDS > 0 && SECONDS <= 120)) throw new Error(`BENCH_SECONDS must be in (0, 120], got ${process.env.BENCH_SECONDS}`);
if (!(Number.isInteger(ROUNDS) && ROUNDS >= 1 && ROUNDS <= 9)) throw new Error(`BENCH_ROUNDS must be 1–9, got ${process.env.BENCH_ROUNDS}`);
const CONNECTIONS = 10;
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const CLI = join(ROOT, 'dist/src/cli.js');
const WSDL = join(ROOT, 'wsdl/PartnerWebAPI2.wsdl');
const MOSCOW = '7a1d3c52-1b8e-4c11-9f0a-00000000a077';
const NOT_IMPLEMENTED = 'operation is not implemented yet';

const TARGETS = { ratioRaw: 0.5, ratioSoap: 2, coldStartMs: 500, read10kMs: 150, rssMiB: 200, chatWeekMs: 100, resetMs: 20, restoreMs: 20, newAccountMs: 200 };

interface Scenario {
  name: string;
  operation: string;
  body: string;
  /** Checked on the mock's captured answer. */
  expectRows?: number;
}

const children: ServerProcess[] = [];
function spawn(script: string, args: string[]): ServerProcess {
  const child = spawnCli(script, args, 60_000);
  children.push(child);
  return child;
}
// Children die with the bench, whatever ends it.
process.on('exit', () => children.forEach((c) => c.child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const mib = (kb: number) => kb / 1024;

function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: mib(kb('VmRSS')), hwm: mib(kb('VmHWM')) };
}

async function load(url: string, body: string): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'Content-Type': CONTENT_TYPE, Authorization: AUTH },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
  });
}

/** Spawn → listening → the first RegionRead answered SUCCESS, in ms. */
async function coldStart(): Promise<{ ms: number; server: ServerProcess; url: string }> {
  const started = process.hrtime.bigint();
  const server = spawn(CLI, ['--no-limits']);
  const url = (await server.listening) + SERVICE_PATH;
  const answer = await post(url, structureCall('RegionRead'));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (readResult(answer.bytes.toString('utf8')).code !== 'SUCCESS') throw new Error(`cold start: RegionRead did not succeed:\n${answer.bytes}`);
  return { ms, server, url };
}

/** ClientAdd until the account sees `count` clients (ClientAdd has no batches), 10 calls in flight. */
async function growClients(url: string, count: number): Promise<void> {
  const have = readResult((await post(url, structureCall('ClientRead'))).bytes.toString('utf8')).rows.length;
  let next = have;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const answer = readResult((await post(url, structureCall('ClientAdd', { Name: s(`ООО «Нагрузка ${n}»`), RegionID: s(MOSCOW) }))).bytes.toString('utf8'));
      if (answer.code !== 'SUCCESS') throw new Error(`ClientAdd ${n}: ${answer.code} ${answer.data}`);
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
}

function capturedReply(status: number, headers: Headers, bytes: Buffer): CapturedReply {
  const kept: Record<string, string> = {};
  headers.forEach((v, k) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)) kept[k] = v;
  });
  return { status, headers: kept, bodyBase64: bytes.toString('base64') };
}

interface Measured {
  scenario: string;
  server: string;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'resp KiB': string;
  'mock/raw': string;
  'mock/node-soap': string;
}

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'mock-bench-'));
  const problems: string[] = [];
  const notes: string[] = [];
  try {
    // Cold start: three spawns, the median; the last one stays up as the mock under load.
    const starts: number[] = [];
    let mock: { server: ServerProcess; url: string } | undefined;
    for (let i = 0; i < 3; i++) {
      const run = await coldStart();
      starts.push(run.ms);
      if (mock) await mock.server.kill();
      mock = run;
    }
    const { server: mockProcess, url: mockUrl } = mock!;
    const pid = mockProcess.child.pid!;

    // The default world: ClientEdit of 100 own clients to the names they already have.
    const clients = readResult((await post(mockUrl, structureCall('ClientRead'))).bytes.toString('utf8')).rows;
    const own = clients.filter((c) => c.CreatedByMe === 'true' && c.Deleted === 'false');
    const editRows = Array.from({ length: 100 }, (_, i) => [own[i % own.length].ClientID!, own[i % own.length].Name!]);
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
    const scenarios: Scenario[] = [
      { name: 'RegionRead', operation: 'RegionRead', body: structureCall('RegionRead') },
      { name: 'ClientEdit, 100-row batch', operation: 'ClientEdit', body: tableCall('ClientEdit', ['ClientID', 'Name'], editRows), expectRows: 100 },
      {
        name: 'GetHistoryOfServiceChat, 7 days',
        operation: 'GetHistoryOfServiceChat',
        body: structureCall('GetHistoryOfServiceChat', { PeriodFrom: dt(iso(now - 7 * 86_400_000 + 60_000)), PeriodTo: dt(iso(now)) }),
      },
      { name: 'ClientRead, 1,000 clients', operation: 'ClientRead', body: structureCall('ClientRead'), expectRows: 1000 },
    ];

    const replies: CapturedReply[] = [];
    const answers: Record<string, unknown> = {};
    const runnable: Scenario[] = [];
    let rssDefault: { rss: number; hwm: number } | undefined;
    const rows: Measured[] = [];
    const ratios: Record<string, { raw: number; soap: number }> = {};

    for (const scenario of scenarios) {
      if (scenario.expectRows === 1000) {
        // Memory on the default world after its loads, before the world grows.
        rssDefault = memory(pid);
        await growClients(mockUrl, 1000);
      }
      const answer = await post(mockUrl, scenario.body);
      const text = answer.bytes.toString('utf8');
      const result = answer.status === 200 ? readResult(text) : undefined;
      if (result?.data.includes(NOT_IMPLEMENTED)) {
        notes.push(`${scenario.name}: skipped, the mock answers "${NOT_IMPLEMENTED}"`);
        continue;
      }
      if (!result || result.code !== 'SUCCESS' || (scenario.expectRows !== undefined && result.rows.length !== scenario.expectRows)) {
        problems.push(`${scenario.name}: unexpected answer (HTTP ${answer.status}, ${result?.code}, ${result?.rows.length} rows)\n${text.slice(0, 2000)}`);
        continue;
      }
      if (result.rows.some((r) => r.ResultCode !== undefined && r.ResultCode !== 'SUCCESS')) problems.push(`${scenario.name}: a batch row failed`);
      replies.push(capturedReply(answer.status, answer.headers, answer.bytes));
      answers[scenario.operation] = returnObject(text);
      runnable.push(scenario);
    }

    const repliesFile = join(work, 'replies.json');
    const answersFile = join(work, 'answers.json');
    writeFileSync(repliesFile, JSON.stringify(replies));
    writeFileSync(answersFile, JSON.stringify(answers));
    const [raw, stub] = [spawn(join(HERE, 'raw-replay-server.js'), ['--replies', repliesFile]), spawn(join(HERE, 'node-soap-stub.js'), ['--wsdl', WSDL, '--answers', answersFile])];
    const rawBase = (await raw.listening) + SERVICE_PATH;
    const stubUrl = (await stub.listening) + SERVICE_PATH;

    for (const [i, scenario] of runnable.entries()) {
      const stubAnswer = await post(stubUrl, scenario.body);
      if (stubAnswer.status !== 200 || !stubAnswer.bytes.includes('SUCCESS')) {
        problems.push(`${scenario.name}: node-soap stub answered HTTP ${stubAnswer.status}\n${stubAnswer.bytes.toString('utf8').slice(0, 1000)}`);
      }
      const servers = { mock: mockUrl, raw: `${rawBase}?s=${i}`, 'node-soap': stubUrl } as const;
      const results: Record<keyof typeof servers, autocannon.Result[]> = { mock: [], raw: [], 'node-soap': [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const [server, url] of Object.entries(servers) as [keyof typeof servers, string][]) {
          const r = await load(url, scenario.body);
          const codes = Object.keys(r.statusCodeStats);
          if (r.errors + r.timeouts > 0 || codes.some((c) => c !== '200')) problems.push(`${scenario.name} on ${server}: ${r.errors} errors, ${r.timeouts} timeouts, statuses ${codes.join(',')}`);
          results[server].push(r);
        }
      }
      const rps = (server: keyof typeof servers) => median(results[server].map((r) => r.requests.average));
      // Ratios within a round (the three loads ran back to back), then their median: a slow spell on
      // the shared machine moves all three of a round rather than one server's median.
      const ratio = (other: keyof typeof servers) => median(results.mock.map((m, round) => m.requests.average / results[other][round].requests.average));
      ratios[scenario.name] = { raw: ratio('raw'), soap: ratio('node-soap') };
      for (const server of Object.keys(servers) as (keyof typeof servers)[]) {
        rows.push({
          scenario: scenario.name,
          server,
          'req/s': Math.round(rps(server)),
          'p50 ms': median(results[server].map((r) => r.latency.p50)),
          'p99 ms': median(results[server].map((r) => r.latency.p99)),
          'resp KiB': (Buffer.from(replies[i].bodyBase64, 'base64').length / 1024).toFixed(1),
          'mock/raw': server === 'mock' ? ratios[scenario.name].raw.toFixed(2) : '',
          'mock/node-soap': server === 'mock' ? ratios[scenario.name].soap.toFixed(2) : '',
        });
      }
    }

    // One ClientRead over 10,000 clients: the median of five calls after a warm-up, each after a
    // write (a ClientEdit that keeps the name), so none is answered from the read cache.
    await growClients(mockUrl, 10_000);
    const read10k: number[] = [];
    const touch = tableCall('ClientEdit', ['ClientID', 'Name'], [editRows[0]]);
    for (let i = 0; i < 6; i++) {
      await post(mockUrl, touch);
      const started = process.hrtime.bigint();
      const answer = await post(mockUrl, structureCall('ClientRead'));
      if (i > 0) read10k.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (readResult(answer.bytes.toString('utf8')).rows.length !== 10_000) problems.push('ClientRead of 10,000 clients: wrong row count');
    }
    const rssGrown = memory(pid);

    // The admin API on the mock (its world back to the default one), then the chat history on it.
    const admin = await adminTimings(mockUrl.slice(0, -SERVICE_PATH.length), mockUrl);
    const chatDefault = await chatWeek(mockUrl);
    await mockProcess.kill();
    // A --scale 10 world: spawn → first SUCCESS (seeding included), then the same chat read.
    const scaled = spawn(CLI, ['--no-limits', '--scale', '10']);
    const scaledStarted = process.hrtime.bigint();
    const scaledUrl = (await scaled.listening) + SERVICE_PATH;
    await post(scaledUrl, structureCall('RegionRead'));
    const scaledStartMs = Number(process.hrtime.bigint() - scaledStarted) / 1e6;
    const chatScaled = await chatWeek(scaledUrl);
    await scaled.kill();
    const seedDefault = [seedInProcess(1), seedInProcess(1), seedInProcess(1)];
    const seedScaled = seedInProcess(10);

    const cpu = cpus();
    console.log(`\nMachine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`${CONNECTIONS} connections, ${SECONDS} s per load, ${ROUNDS} rounds: medians of req/s and latency, ratios as the median of each round's ratio; each server in its own process\n`);
    console.table(rows);
    const checks: [string, string, boolean | undefined][] = [];
    for (const [name, r] of Object.entries(ratios)) {
      if (!/^(RegionRead|ClientRead)/.test(name)) continue;
      checks.push([`${name}: mock/raw`, `${r.raw.toFixed(2)} (≥ ${TARGETS.ratioRaw})`, r.raw >= TARGETS.ratioRaw]);
      checks.push([`${name}: mock/node-soap`, `${r.soap.toFixed(2)} (≥ ${TARGETS.ratioSoap})`, r.soap >= TARGETS.ratioSoap]);
    }
    const cold = median(starts);
    checks.push(['cold start (spawn → first SUCCESS)', `${cold.toFixed(0)} ms, median of ${starts.map((x) => x.toFixed(0)).join(' / ')} (< ${TARGETS.coldStartMs})`, cold < TARGETS.coldStartMs]);
    const read = median(read10k);
    checks.push(['ClientRead of 10,000 clients, one uncached call', `${read.toFixed(0)} ms, median of 5 (< ${TARGETS.read10kMs})`, read < TARGETS.read10kMs]);
    if (rssDefault) checks.push(['mock RSS, default world, after load', `${rssDefault.rss.toFixed(0)} MiB (peak ${rssDefault.hwm.toFixed(0)}) (< ${TARGETS.rssMiB})`, rssDefault.rss < TARGETS.rssMiB]);
    const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms, median of ${xs.length}`;
    checks.push([`GetHistoryOfServiceChat, 7 days, default world (${chatDefault.rows} rows)`, `${ms(chatDefault.ms)} (< ${TARGETS.chatWeekMs})`, median(chatDefault.ms) < TARGETS.chatWeekMs]);
    checks.push([`GetHistoryOfServiceChat, 7 days, --scale 10 world (${chatScaled.rows} rows)`, ms(chatScaled.ms), undefined]);
    checks.push(['seeding the default world, in process', `${median(seedDefault).toFixed(0)} ms, median of ${seedDefault.map((x) => x.toFixed(0)).join(' / ')}`, undefined]);
    checks.push(['seeding a --scale 10 world, in process', `${seedScaled.toFixed(0)} ms`, undefined]);
    checks.push(['--scale 10 cold start (spawn → first SUCCESS)', `${scaledStartMs.toFixed(0)} ms`, undefined]);
    checks.push(['admin reset after one write', `${ms(admin.reset)} (< ${TARGETS.resetMs})`, median(admin.reset) < TARGETS.resetMs]);
    checks.push(['admin snapshot restore after one write', `${ms(admin.restore)} (< ${TARGETS.restoreMs})`, median(admin.restore) < TARGETS.restoreMs]);
    checks.push(['admin new account', `${ms(admin.newAccount)} (< ${TARGETS.newAccountMs})`, median(admin.newAccount) < TARGETS.newAccountMs]);
    console.log(`mock RSS with 10,000 clients: ${rssGrown.rss.toFixed(0)} MiB (peak ${rssGrown.hwm.toFixed(0)})`);
    console.table(checks.map(([measure, value, met]) => ({ measure, value, target: met === undefined ? '' : met ? 'met' : 'MISSED' })));
    for (const note of notes) console.log(`note: ${note}`);
  } catch (e) {
    problems.push(`the bench stopped: ${(e as Error).stack ?? e}`);
  } finally {
    await Promise.all(children.map((c) => c.kill()));
    rmSync(work, { recursive: true, force: true });
  }
  for (const p of problems) console.error(`FAIL: ${p}`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
