import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { readFault } from '../server/wire.js';
import { mapBounded, tally } from '../support/bounded.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import { structureRequest } from '../support/soap-request.js';

type Row = Record<string, string | null>;

const MAX_BODY = 32 * 1024;
const wrongPassword = `Basic ${Buffer.from('demo:wrong').toString('base64')}`;

/** Sends a request's headers and part of its body, then drops the connection. */
function abandon(url: string, body: string): Promise<void> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Basic ZGVtbzpkZW1v\r\nContent-Type: text/xml; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, body.length / 2)}`,
      );
      setTimeout(() => socket.destroy(), 5);
    });
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

describe('the mock keeps serving under a mix of broken, refused and valid requests', () => {
  let mock: RunningMock;
  const endpoint = () => `${mock.url}/cus/ws/PartnerWebAPI2`;

  beforeAll(async () => {
    mock = await startMock({ maxBodyBytes: MAX_BODY });
    await setClock(mock.url, '2024-03-01T12:00:00+03:00');
  });
  afterAll(() => mock.close());

  it('answers each broken request with its error, counts only the calls that reached the pipeline, loses no valid write', async () => {
    const add = (name: string) => structureRequest('PartnerWebAPI2', 'ClientAdd', { Name: name, RegionID: WELL_KNOWN.regionMoscow });
    type Kind = 'valid' | 'empty-name' | 'not-xml' | 'truncated' | 'wrong-password' | 'fake-gzip' | 'too-large' | 'abandoned';
    const kinds: Kind[] = ['valid', 'empty-name', 'not-xml', 'valid', 'truncated', 'wrong-password', 'valid', 'fake-gzip', 'too-large', 'abandoned'];
    const jobs = Array.from({ length: 300 }, (_, i) => ({ i, kind: kinds[i % kinds.length] }));

    const answers = await mapBounded(jobs, 40, async ({ i, kind }): Promise<string> => {
      const name = `ООО «Шторм ${i}»`;
      switch (kind) {
        case 'valid':
        case 'empty-name': {
          const res = await postSoap(endpoint(), kind === 'valid' ? add(name) : add(''));
          expect(res.status).toBe(200);
          const { code, data } = decodeResponse(res.text);
          return code === 'SUCCESS' ? `${kind}: SUCCESS ${(data as Row).ClientID}` : `${kind}: ${code} ${String(data)}`;
        }
        case 'abandoned':
          await abandon(endpoint(), add(name));
          return `${kind}`;
        default: {
          const body = { 'not-xml': 'это не XML', truncated: add(name).slice(0, -60), 'fake-gzip': add(name), 'too-large': add('Я'.repeat(MAX_BODY)), 'wrong-password': add(name) }[kind];
          const headers: Record<string, string> = kind === 'fake-gzip' ? { 'Content-Encoding': 'gzip' } : kind === 'wrong-password' ? { Authorization: wrongPassword } : {};
          const res = await postSoap(endpoint(), body, headers);
          const fault = res.status === 401 ? 'no fault' : readFault(res.text).code;
          return `${kind}: ${res.status} ${fault}`;
        }
      }
    });

    const summary = tally(answers.map((a) => a.replace(/ [0-9a-f-]{36}$/, '')));
    console.log(`hostile load: 300 requests → ${JSON.stringify(summary)}`);
    expect(summary).toEqual({
      'valid: SUCCESS': 90,
      'empty-name: EMPTY_PARAM Name': 30,
      'not-xml: 500 soap:Client': 30,
      'truncated: 500 soap:Client': 30,
      'wrong-password: 401 no fault': 30,
      'fake-gzip: 500 soap:Client': 30,
      'too-large: 413 soap:Client': 30,
      abandoned: 30,
    });

    // Only calls that reached the pipeline count against the hour: the valid ones and those refused for a parameter.
    const limits = (await (await fetch(`${mock.url}/admin/api/accounts/demo/limits`)).json()) as { operations: { operation: string; used: number }[] };
    expect(limits.operations.find((o) => o.operation === 'ClientAdd')?.used).toBe(120);

    const created = answers.filter((a) => a.startsWith('valid: SUCCESS')).map((a) => a.slice(-36));
    const read = decodeResponse((await postSoap(endpoint(), structureRequest('PartnerWebAPI2', 'ClientRead', {}))).text);
    const names = new Map((read.data as Row[]).map((r) => [r.ClientID, r.Name]));
    expect(created.map((id) => names.get(id)).filter((n) => n?.startsWith('ООО «Шторм'))).toHaveLength(90);
    expect([...names.values()].filter((n) => n?.startsWith('ООО «Шторм'))).toHaveLength(90);

    expect((await fetch(`${mock.url}/admin/api/health`)).status).toBe(200);
  }, 30_000);
});
