import type { Request, Response } from 'express';
import type { MockRuntime } from '../runtime.js';
import { formatUtcOffset } from '../time/account-dates.js';

/** Every admin error is a 4xx with `{"error": "..."}`. */
export function refuse(res: Response, status: number, error: string): void {
  res.status(status).json({ error });
}

/** The `:login` of the path when it is an account, else a 404 answered. */
export function knownLogin(runtime: MockRuntime, req: Request, res: Response): string | undefined {
  const login = String(req.params.login);
  if (runtime.accounts.get(login)) return login;
  refuse(res, 404, `no API account "${login}"`);
  return undefined;
}

/** The JSON body when it is an object, else a 400 answered with `expected`. */
export function objectBody(req: Request, res: Response, expected: string): Record<string, unknown> | undefined {
  const body: unknown = req.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  refuse(res, 400, expected);
  return undefined;
}

export function accountSettings(runtime: MockRuntime, login: string) {
  const account = runtime.accounts.get(login)!;
  return { login, utcOffset: formatUtcOffset(account.tzOffsetMinutes), ...account.subscriptions };
}

/** One account as the admin API shows it everywhere: login, seed, settings, clock. */
export function accountView(runtime: MockRuntime, login: string) {
  const { login: _login, ...settings } = accountSettings(runtime, login);
  return { login, seed: runtime.accounts.summary(login)!.seed, settings, clock: runtime.clocks.describe(login) };
}
