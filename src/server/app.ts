import { createServer, type Server } from 'node:http';
import type { MockRuntime } from '../runtime.js';
import { handleSoapPost } from './soap-http.js';

export const UPLOAD_PATH = '/partner/api/upload/private/work';

export function servicePath(service: string): string {
  return `/cus/ws/${service}`;
}

/**
 * The HTTP server: a SOAP POST to a service path goes straight to the SOAP handler on node:http
 * (the hot path); everything else (WSDL, upload, download, admin API) goes through express, which
 * is loaded on the first such request, so the mock starts answering SOAP sooner.
 */
export function createMockServer(runtime: MockRuntime): Server {
  const services = new Map(runtime.services.map((s) => [servicePath(s.name), s]));
  let app: ReturnType<typeof loadExpressSide> | undefined;
  return createServer((req, res) => {
    if (req.method === 'POST') {
      const url = req.url ?? '';
      const query = url.indexOf('?');
      const service = services.get(query < 0 ? url : url.slice(0, query));
      if (service) return handleSoapPost(runtime, service, req, res);
    }
    (app ??= loadExpressSide(runtime)).then(
      (handle) => handle(req, res),
      (e: Error) => res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`1c-connect-mock: ${e.message}\n`),
    );
  });
}

async function loadExpressSide(runtime: MockRuntime) {
  const { createApp } = await import('./express-app.js');
  return createApp(runtime);
}
