import compression from 'compression';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { MockRuntime } from '../runtime.js';
import { contentType, faultEnvelope, type SoapVersion } from '../xml/envelope.js';
import { DOWNLOAD_PATH } from '../activity/files.js';
import { dashboardRoutes } from '../dashboard/dashboard-routes.js';
import { adminApi } from './admin-api.js';
import { adminGuard } from './admin-guard.js';
import { servicePath, UPLOAD_PATH } from './app.js';
import { requireAccount } from './basic-auth.js';
import { downloadEndpoint } from './download-endpoint.js';
import { handleSoapPost } from './soap-http.js';
import { uploadEndpoint } from './upload-endpoint.js';
import { wsdlEndpoint } from './wsdl-endpoint.js';

/** The express side of the edge; it also serves SOAP POSTs whose path differs only in case. */
export function createApp(runtime: MockRuntime): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  const auth = requireAccount(runtime.accounts, runtime.options.autoAccounts === true);

  for (const service of runtime.services) {
    const path = servicePath(service.name);
    app.get(path, compression(), wsdlEndpoint(service, runtime.options.publicUrl));
    app.post(path, (req, res) => handleSoapPost(runtime, service, req, res));
  }
  app.post(UPLOAD_PATH, auth, uploadEndpoint(runtime));
  app.get(`${DOWNLOAD_PATH}/:transferId`, auth, downloadEndpoint(runtime));
  app.use('/admin/api', adminGuard(runtime.options), adminApi(runtime));
  app.use(dashboardRoutes(runtime.services));
  app.use((req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send(`1c-connect-mock: нет ресурса ${req.method} ${req.path}\n`);
  });
  app.use(bodyErrors);
  return app;
}

/** Errors of body reading (size cap, bad gzip, bad JSON) become a SOAP Fault or a status with a message. */
const bodyErrors: ErrorRequestHandler = (err: { status?: number; type?: string; message?: string }, req, res, _next) => {
  const status = err.status ?? 500;
  const message =
    err.type === 'entity.too.large'
      ? 'Тело запроса больше допустимого размера'
      : status < 500
        ? `Запрос не прочитан: ${err.message ?? ''}`
        : `Внутренняя ошибка сервера: ${err.message ?? ''}`;
  if (req.path.startsWith('/cus/ws/')) {
    // A body that cannot be read is a Fault like XML that does not parse (HTTP 500), except the size cap (413).
    const version: SoapVersion = String(req.headers['content-type']).includes('application/soap+xml') ? '1.2' : '1.1';
    res.status(status === 413 ? 413 : 500).type(contentType(version)).send(faultEnvelope(version, status < 500 ? 'client' : 'server', message));
    return;
  }
  res.status(status).json({ error: message });
};
