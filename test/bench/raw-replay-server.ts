/**
 * The bench's raw baseline, run as its own process: plain node:http answering each scenario with
 * the mock's own captured response bytes (`?s=<scenario index>`), after reading the request body.
 * `node raw-replay-server.js --port 0 --replies <file.json>`; prints the URL it listens on.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

export interface CapturedReply {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, replies: { type: 'string' } } });
const replies = (JSON.parse(readFileSync(String(values.replies), 'utf8')) as CapturedReply[]).map((r) => ({
  status: r.status,
  headers: r.headers,
  body: Buffer.from(r.bodyBase64, 'base64'),
}));

const server = createServer((req, res) => {
  const reply = replies[Number(/[?&]s=(\d+)/.exec(req.url ?? '')?.[1] ?? -1)];
  req.on('data', () => {});
  req.on('end', () => {
    if (req.method !== 'POST' || !reply) res.writeHead(404).end();
    else res.writeHead(reply.status, reply.headers).end(reply.body);
  });
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`raw replay server listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
