/**
 * Single-call timings for the bench: the 7-day chat history read, seeding a world in process, and
 * the admin API's reset, snapshot restore and new account. Each a median of several calls, each
 * call after a write, so none is answered from the read cache or skipped as a no-op.
 */
import { createRuntime } from '../../src/runtime.js';
import { dt, post, readResult, structureCall, tableCall } from './bench-soap.js';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function timed(run: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/** A ClientEdit that keeps an own client's name: a write that changes nothing one can see. */
export async function touchCall(serviceUrl: string): Promise<string> {
  const clients = readResult((await post(serviceUrl, structureCall('ClientRead'))).bytes.toString('utf8')).rows;
  const own = clients.find((c) => c.CreatedByMe === 'true' && c.Deleted === 'false');
  if (!own) throw new Error('no own client to touch');
  return tableCall('ClientEdit', ['ClientID', 'Name'], [[own.ClientID!, own.Name!]]);
}

/** GetHistoryOfServiceChat over the last 7 days: per-call ms of `calls` uncached calls, and the rows of the last. */
export async function chatWeek(serviceUrl: string, calls = 20): Promise<{ ms: number[]; rows: number }> {
  const touch = await touchCall(serviceUrl);
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i <= calls; i++) {
    await post(serviceUrl, touch);
    const now = Date.now();
    const body = structureCall('GetHistoryOfServiceChat', { PeriodFrom: dt(iso(now - 7 * 86_400_000 + 60_000)), PeriodTo: dt(iso(now)) });
    let bytes: Buffer = Buffer.alloc(0);
    const took = await timed(async () => {
      bytes = (await post(serviceUrl, body)).bytes;
    });
    // Parsed after the clock stops: the 1 MB answer takes this process longer to parse than the mock to write.
    const answer = readResult(bytes.toString('utf8'));
    if (answer.code !== 'SUCCESS') throw new Error(`GetHistoryOfServiceChat: ${answer.code} ${answer.data}`);
    rows = answer.rows.length;
    if (i > 0) ms.push(took); // the first call warms up
  }
  return { ms, rows };
}

/** Seeding a fresh in-memory store (the demo account's world) in this process, in ms. */
export function seedInProcess(scale: number): number {
  const started = process.hrtime.bigint();
  const runtime = createRuntime({ scale });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  runtime.db.close();
  return ms;
}

async function admin(baseUrl: string, method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${baseUrl}/admin/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

/** The admin API's reset and snapshot restore (each after one write) and new account: per-call ms, `times` each. */
export async function adminTimings(baseUrl: string, serviceUrl: string, times = 10): Promise<{ reset: number[]; restore: number[]; newAccount: number[] }> {
  // Back to the default world first (the bench grew it), then a snapshot of it.
  await admin(baseUrl, 'POST', '/accounts/demo/reset');
  const touch = await touchCall(serviceUrl);
  await admin(baseUrl, 'POST', '/accounts/demo/snapshots/bench');
  const reset: number[] = [];
  const restore: number[] = [];
  const newAccount: number[] = [];
  for (let i = 0; i < times; i++) {
    await post(serviceUrl, touch);
    reset.push(await timed(() => admin(baseUrl, 'POST', '/accounts/demo/reset')));
    await post(serviceUrl, touch);
    restore.push(await timed(() => admin(baseUrl, 'POST', '/accounts/demo/snapshots/bench/restore')));
    newAccount.push(await timed(() => admin(baseUrl, 'POST', '/accounts', { login: `bench-${i}`, password: 'bench' })));
  }
  return { reset, restore, newAccount };
}
