import { Router, json } from 'express';
import type { MockRuntime } from '../runtime.js';
import { accountRoutes } from './admin-accounts.js';
import { accountSettings, knownLogin, objectBody, refuse } from './admin-http.js';
import { limitRoutes } from './admin-limits.js';
import { activityRoutes } from './admin-activity.js';
import { dataRoutes } from './admin-data.js';
import { tryRoutes } from './admin-try.js';
import { formatUtcOffset, parseUtcOffset } from '../time/account-dates.js';

/** The virtual clock stays where every date the API writes has four-digit years in any account zone. */
const CLOCK_RANGE = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2999, 11, 31, 23, 59, 59) };

const ADVANCE_BODY = 'expected {"minutes": <number, negative to go back>} keeping the clock from 2000-01-01 to 2999-12-31';

/** JSON admin API under /admin/api: health, accounts and snapshots, virtual clock, time zone and settings, limits, call journal. */
export function adminApi(runtime: MockRuntime): Router {
  const router = Router();
  router.use(json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', services: runtime.services.map((s) => s.name), accounts: runtime.accounts.logins() });
  });
  accountRoutes(router, runtime);
  limitRoutes(router, runtime);
  activityRoutes(router, runtime);
  dataRoutes(router, runtime);
  tryRoutes(router, runtime);

  router.put('/accounts/:login/clock', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const body = (req.body ?? {}) as { now?: unknown; frozen?: unknown };
    const now = typeof body.now === 'string' ? new Date(body.now) : undefined;
    const inRange = now !== undefined && now.getTime() >= CLOCK_RANGE.from && now.getTime() <= CLOCK_RANGE.to;
    if (!now || !inRange || (body.frozen !== undefined && typeof body.frozen !== 'boolean')) {
      res.status(400).json({ error: 'expected {"now": "<ISO 8601 from 2000-01-01 to 2999-12-31>", "frozen": true|false}' });
      return;
    }
    runtime.clocks.set(login, now, body.frozen === true);
    res.json({ login, ...runtime.clocks.describe(login) });
  });

  router.post('/accounts/:login/clock/advance', (req, res) => {
    const login = knownLogin(runtime, req, res);
    const body = login && objectBody(req, res, ADVANCE_BODY);
    if (!login || !body) return;
    const minutes = body.minutes;
    const to = typeof minutes === 'number' && Number.isFinite(minutes) ? runtime.clocks.now(login).getTime() + minutes * 60_000 : NaN;
    if (!(to >= CLOCK_RANGE.from && to <= CLOCK_RANGE.to)) return refuse(res, 400, ADVANCE_BODY);
    runtime.clocks.advance(login, minutes as number * 60_000);
    res.json({ login, ...runtime.clocks.describe(login) });
  });

  router.delete('/accounts/:login/clock', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    runtime.clocks.reset(login);
    res.json({ login, ...runtime.clocks.describe(login) });
  });

  router.put('/accounts/:login/time-zone', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const offset = parseUtcOffset((req.body as { utcOffset?: unknown } | undefined)?.utcOffset);
    if (offset === undefined) {
      res.status(400).json({ error: 'expected {"utcOffset": "+05:00"} (from -12:00 to +14:00)' });
      return;
    }
    runtime.accounts.setTimeZone(login, offset);
    res.json({ login, utcOffset: formatUtcOffset(offset) });
  });

  router.get('/accounts/:login/settings', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    res.json(accountSettings(runtime, login));
  });

  router.put('/accounts/:login/settings', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const known = ['utcOffset', 'extendedFeatures', 'storefrontClickLogs'];
    const unknown = Object.keys(body).filter((k) => !known.includes(k));
    const offset = body.utcOffset === undefined ? undefined : parseUtcOffset(body.utcOffset);
    const flagsOk = ['extendedFeatures', 'storefrontClickLogs'].every((k) => body[k] === undefined || typeof body[k] === 'boolean');
    if (typeof req.body !== 'object' || req.body === null || unknown.length > 0 || (body.utcOffset !== undefined && offset === undefined) || !flagsOk) {
      res.status(400).json({ error: 'expected {"utcOffset"?: "+05:00", "extendedFeatures"?: true|false, "storefrontClickLogs"?: true|false}' });
      return;
    }
    if (offset !== undefined) runtime.accounts.setTimeZone(login, offset);
    runtime.accounts.setSubscriptions(login, body as { extendedFeatures?: boolean; storefrontClickLogs?: boolean });
    res.json(accountSettings(runtime, login));
  });

  return router;
}
