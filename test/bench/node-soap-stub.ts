/**
 * The bench's node-soap baseline, run as its own process: `soap.listen` over the generated WSDL,
 * each operation answering a fixed `return` object (rows shaped like the mock's, built by the bench).
 * `node node-soap-stub.js --port 0 --wsdl <file> --answers <file.json>`; prints the URL it listens on.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import soap from 'soap';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, wsdl: { type: 'string' }, answers: { type: 'string' }, path: { type: 'string', default: '/cus/ws/PartnerWebAPI2' } },
});
const answers = JSON.parse(readFileSync(String(values.answers), 'utf8')) as Record<string, unknown>;
const operations: Record<string, () => unknown> = {};
for (const [name, answer] of Object.entries(answers)) operations[name] = () => answer;

const server = createServer((_req, res) => {
  // soap.listen answers its own path; anything else ends here.
  if (!res.headersSent) res.writeHead(404).end();
});
const services = { PartnerWebAPI2: { PartnerWebAPI2Soap: operations, PartnerWebAPI2Soap12: operations } };
// Listen only once the WSDL is parsed, so the first request already reaches the service.
soap.listen(server, String(values.path), services, readFileSync(String(values.wsdl), 'utf8'), (err: unknown) => {
  if (err) throw err;
  server.listen(Number(values.port), '127.0.0.1', () => {
    console.log(`node-soap stub listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
});
