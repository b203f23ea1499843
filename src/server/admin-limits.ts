import type { Router } from 'express';
import { HourlyLimits } from '../pipeline/hourly-limits.js';
import type { MockRuntime } from '../runtime.js';
import { knownLogin, objectBody, refuse } from './admin-http.js';

const LIMITS_BODY = 'expected {"enabled"?: true|false, "scale"?: <number from 0.001 to 1000>, "remaining"?: {"operation": "<name>", "calls": <whole number ≥ 0>}}';

/** Hourly limits of one account: usage in this Moscow hour, and the account's own quota settings. */
export function limitRoutes(router: Router, runtime: MockRuntime): void {
  router.get('/accounts/:login/limits', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (login) res.json(limitsView(runtime, login));
  });

  router.put('/accounts/:login/limits', (req, res) => {
    const login = knownLogin(runtime, req, res);
    const body = login && objectBody(req, res, LIMITS_BODY);
    if (!login || !body) return;
    const { enabled, scale, remaining } = body as { enabled?: unknown; scale?: unknown; remaining?: { operation?: unknown; calls?: unknown } };
    const unknown = Object.keys(body).some((k) => !['enabled', 'scale', 'remaining'].includes(k));
    const scaleOk = scale === undefined || (typeof scale === 'number' && scale >= 0.001 && scale <= 1000);
    const remainingOk =
      remaining === undefined ||
      (typeof remaining === 'object' && remaining !== null && typeof remaining.operation === 'string' && Number.isSafeInteger(remaining.calls) && (remaining.calls as number) >= 0);
    if (unknown || (enabled !== undefined && typeof enabled !== 'boolean') || !scaleOk || !remainingOk) return refuse(res, 400, LIMITS_BODY);
    if (remaining && !limitedOperations(runtime).some((o) => o.op.name === remaining.operation)) {
      return refuse(res, 400, `no operation "${String(remaining.operation)}" with an hourly limit`);
    }
    runtime.accounts.setQuota(login, { ...(enabled === undefined ? {} : { enabled }), ...(scale === undefined ? {} : { scale: scale as number }) });
    if (remaining) runtime.limits.setRemaining(login, remaining.operation as string, runtime.clocks.now(login), remaining.calls as number);
    res.json(limitsView(runtime, login));
  });
}

function limitedOperations(runtime: MockRuntime) {
  return runtime.services.flatMap((s) => [...s.catalog.values()].map((op) => ({ service: s.name, op })));
}

function limitsView(runtime: MockRuntime, login: string) {
  const now = runtime.clocks.now(login);
  const operations = limitedOperations(runtime)
    .filter(({ op }) => HourlyLimits.limitAt(op.limits, now) !== undefined)
    .map(({ service, op }) => {
      const used = runtime.limits.used(login, op.name, now);
      const limit = runtime.limits.limitOf(login, op.name, op.limits, now)!;
      return { service, operation: op.name, used, limit, remaining: Math.max(0, limit - used) };
    });
  return { login, now: now.toISOString(), window: HourlyLimits.windowAt(now), ...runtime.limits.quota(login), operations };
}
