/**
 * Throughput of the mock against a raw Node server that replays the mock's own response bytes:
 * the ratio shows what the express + SOAP + pipeline + SQLite path costs over bare HTTP.
 * `npm run bench`; BENCH_SECONDS (default 5) per run; loopback only.
 */
import autocannon from 'autocannon';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_AUTH, startMock } from '../support/mock-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
if (!(SECONDS > 0 && SECONDS <= 600)) throw new Error(`BENCH_SECONDS must be a number of seconds in (0, 600], got ${process.env.BENCH_SECONDS}`);
const CONNECTIONS = 10;
const PATH = '/cus/ws/PartnerWebAPI2';

interface Scenario {
  name: string;
  contentType: string;
  body: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'RegionRead (1.2)',
    contentType: 'application/soap+xml; charset=utf-8',
    body:
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:par="http://buhphone.com/PartnerWebAPI2">' +
      '<soap:Header/><soap:Body><par:RegionRead><par:Params></par:Params></par:RegionRead></soap:Body></soap:Envelope>',
  },
  {
    name: 'ClientRead (1.1)',
    contentType: 'text/xml; charset=utf-8',
    body:
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:par="http://buhphone.com/PartnerWebAPI2">' +
      '<soapenv:Body><par:ClientRead/></soapenv:Body></soapenv:Envelope>',
  },
];

interface Captured {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Headers Node manages itself on the raw server. */
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function requestHeaders(s: Scenario): Record<string, string> {
  // identity: autocannon sends no Accept-Encoding, fetch would otherwise add one.
  return { 'Content-Type': s.contentType, Authorization: DEMO_AUTH, 'Accept-Encoding': 'identity' };
}

async function capture(url: string, s: Scenario): Promise<Captured> {
  const res = await fetch(url, { method: 'POST', headers: requestHeaders(s), body: s.body });
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!HOP_HEADERS.has(name)) headers[name] = value;
  });
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Answers every POST with the response the mock gave to the same body; anything else is 404. */
async function startRaw(replies: Map<string, Captured>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = replies.get(Buffer.concat(chunks).toString('utf8'));
      if (req.method !== 'POST' || !reply) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`, server };
}

interface Row {
  scenario: string;
  server: string;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'resp bytes': number;
  non2xx: number;
  errors: number;
  'mock/raw': string;
}

async function load(url: string, s: Scenario): Promise<autocannon.Result> {
  return autocannon({ url, method: 'POST', headers: requestHeaders(s), body: s.body, connections: CONNECTIONS, duration: SECONDS, timeout: 10 });
}

async function main(): Promise<number> {
  const mock = await startMock({ limits: false });
  const mockUrl = `${mock.url}${PATH}`;
  const replies = new Map<string, Captured>();
  for (const s of SCENARIOS) replies.set(s.body, await capture(mockUrl, s));
  const raw = await startRaw(replies);
  const rows: Row[] = [];
  let failed = false;
  try {
    for (const s of SCENARIOS) {
      const reply = replies.get(s.body)!;
      if (reply.status !== 200) {
        console.error(`${s.name}: the mock answered ${reply.status}\n${reply.body.toString('utf8')}`);
        failed = true;
        continue;
      }
      const m = await load(mockUrl, s);
      const r = await load(raw.url, s);
      const mockOnly200 = Object.keys(m.statusCodeStats).every((code) => code === '200');
      if (m.non2xx > 0 || m.errors > 0 || m.timeouts > 0 || !mockOnly200) failed = true;
      const ratio = (m.requests.average / r.requests.average).toFixed(3);
      for (const [server, result] of [['mock', m], ['raw', r]] as const) {
        rows.push({
          scenario: s.name,
          server,
          'req/s': Math.round(result.requests.average),
          'p50 ms': result.latency.p50,
          'p99 ms': result.latency.p99,
          'resp bytes': reply.body.length,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          'mock/raw': server === 'mock' ? ratio : '',
        });
      }
    }
  } finally {
    await new Promise<void>((resolve) => {
      raw.server.closeAllConnections();
      raw.server.close(() => resolve());
    });
    await mock.close();
  }
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per run, Node ${process.version}`);
  console.table(rows);
  // The mock runs in this process, beside autocannon and the raw server.
  console.log(`RSS of the bench process (mock in-process) after the run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(1)} MiB`);
  if (failed) console.error('FAIL: the mock answered something other than HTTP 200');
  return failed ? 1 : 0;
}

process.exitCode = await main();
