import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createRuntime, type MockOptions, type MockRuntime } from '../../src/runtime.js';
import { createMockServer } from '../../src/server/app.js';

export interface RunningMock {
  url: string;
  runtime: MockRuntime;
  close(): Promise<void>;
}

/** A real server on a free loopback port. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const runtime = createRuntime(options);
  const server: Server = await new Promise((resolve) => {
    const s = createMockServer(runtime).listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
        runtime.db.close();
      }),
  };
}

export const DEMO_AUTH = `Basic ${Buffer.from('demo:demo').toString('base64')}`;

/** Raw POST of a SOAP body, for wire-level tests. */
export async function postSoap(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string; text: string; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8', Authorization: DEMO_AUTH, ...headers },
    body,
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text(), headers: res.headers };
}

/** Sets (and freezes) an account's virtual clock through the admin API. */
export async function setClock(url: string, now: string, login = 'demo', frozen = true): Promise<void> {
  const res = await fetch(`${url}/admin/api/accounts/${login}/clock`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now, frozen }),
  });
  if (!res.ok) throw new Error(`clock not set: ${res.status} ${await res.text()}`);
}
