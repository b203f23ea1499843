import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import type { ServiceDefinition } from '../pipeline/service.js';
import { PROJECT_ROOT } from '../wsdl/write-wsdl-files.js';
import { dashboardPage } from './page.js';

/** The client script is plain JavaScript kept in src/dashboard (shipped as is), found from src/ and from dist/src/ alike. */
const CLIENT_SCRIPT = join(PROJECT_ROOT, 'src', 'dashboard', 'app.js');

/**
 * The dashboard at `/`: the page and its script hold no account data (only the catalog, public like the WSDL);
 * everything else comes from the admin API, which asks for the admin token when one is set.
 */
export function dashboardRoutes(services: readonly ServiceDefinition[]): Router {
  const router = Router();
  let page: string | undefined;
  let script: string | undefined;
  router.get('/', (_req, res) => {
    page ??= dashboardPage(services);
    res.type('text/html; charset=utf-8').set('Cache-Control', 'no-cache').send(page);
  });
  router.get('/dashboard/app.js', (_req, res) => {
    script ??= readFileSync(CLIENT_SCRIPT, 'utf8');
    res.type('text/javascript; charset=utf-8').set('Cache-Control', 'no-cache').send(script);
  });
  return router;
}
