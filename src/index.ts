import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdminClient } from './admin-client.js';
import { createRuntime, type MockOptions, type MockRuntime } from './runtime.js';
import { createMockServer, servicePath } from './server/app.js';
import { checkListenSecurity } from './server/listen-security.js';

export * from './admin-client.js';
export { createRuntime, resetAccount, type MockOptions, type MockRuntime } from './runtime.js';
export { createMockServer, servicePath } from './server/app.js';

export type ServiceName = 'PartnerWebAPI2' | 'BotAPI' | 'PartnerAPI';

export interface StartOptions extends MockOptions {
  /** 0 (a free port) unless given. */
  port?: number;
  /** 127.0.0.1 unless given. */
  host?: string;
}

export interface RunningMockServer {
  /** The base URL, e.g. `http://127.0.0.1:49152`. */
  url: string;
  /** Where a service's WSDL is. */
  wsdlUrl(service: ServiceName): string;
  /** Where a service is called. */
  endpointUrl(service: ServiceName): string;
  admin: AdminClient;
  runtime: MockRuntime;
  close(): Promise<void>;
}

/** Starts the mock inside this process, on a free port unless one is given. */
export async function startMockServer(options: StartOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? '127.0.0.1';
  checkListenSecurity(host, options.adminToken);
  const runtime = createRuntime({ ...options, host });
  const server: Server = createMockServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    wsdlUrl: (service) => `${url}${servicePath(service)}?wsdl`,
    endpointUrl: (service) => `${url}${servicePath(service)}`,
    admin: new AdminClient(url, { token: options.adminToken }),
    runtime,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => {
          runtime.db.close();
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}
