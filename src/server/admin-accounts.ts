import type { Router } from 'express';
import { LOGIN_PATTERN, SNAPSHOT_NAME_PATTERN } from '../accounts/account-registry.js';
import { deleteAccount, resetAccount, type MockRuntime } from '../runtime.js';
import { accountView, knownLogin, objectBody, refuse } from './admin-http.js';

const NEW_ACCOUNT = 'expected {"login": "<1–100 characters, none of whitespace # : / ? % \\\\>", "password": "<text>", "seed"?: <integer>}';
const SNAPSHOT_NAME = 'a snapshot name is 1–64 of A–Z a–z 0–9 . _ -';

/** Accounts (list, create, delete, reset) and their world snapshots. */
export function accountRoutes(router: Router, runtime: MockRuntime): void {
  router.get('/accounts', (_req, res) => {
    res.json({ accounts: runtime.accounts.logins().map((login) => accountView(runtime, login)) });
  });

  router.post('/accounts', (req, res) => {
    const body = objectBody(req, res, NEW_ACCOUNT);
    if (!body) return;
    const { login, password, seed } = body;
    if (typeof login !== 'string' || !LOGIN_PATTERN.test(login) || typeof password !== 'string' || (seed !== undefined && !Number.isSafeInteger(seed))) {
      refuse(res, 400, NEW_ACCOUNT);
      return;
    }
    if (!runtime.accounts.create({ login, password, seed: seed as number | undefined })) {
      refuse(res, 409, `API account "${login}" exists already`);
      return;
    }
    res.status(201).json(accountView(runtime, login));
  });

  router.get('/accounts/:login', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (login) res.json(accountView(runtime, login));
  });

  router.delete('/accounts/:login', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    deleteAccount(runtime, login);
    res.json({ login, deleted: true });
  });

  router.post('/accounts/:login/reset', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    // An optional {"now", "frozen"} sets the clock first, so the reseeded history ends at that moment.
    const body = (req.body ?? {}) as { now?: unknown; frozen?: unknown };
    const now = typeof body.now === 'string' ? new Date(body.now) : undefined;
    if ((body.now !== undefined && (!now || Number.isNaN(now.getTime()))) || (body.frozen !== undefined && typeof body.frozen !== 'boolean')) {
      return refuse(res, 400, 'expected no body or {"now": "<ISO 8601>", "frozen": true|false}');
    }
    resetAccount(runtime, login, now ? { now, frozen: body.frozen === true } : undefined);
    res.json({ login, reset: true });
  });

  router.get('/accounts/:login/snapshots', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (login) res.json({ login, snapshots: runtime.accounts.snapshots(login) });
  });

  router.post('/accounts/:login/snapshots/:name', (req, res) => {
    const login = knownLogin(runtime, req, res);
    const name = login && snapshotName(req.params.name, res);
    if (!login || !name) return;
    res.status(201).json({ login, ...runtime.accounts.saveSnapshot(login, name, new Date()) });
  });

  router.post('/accounts/:login/snapshots/:name/restore', (req, res) => {
    const login = knownLogin(runtime, req, res);
    const name = login && snapshotName(req.params.name, res);
    if (!login || !name) return;
    if (!runtime.accounts.restoreSnapshot(login, name)) return refuse(res, 404, `no snapshot "${name}" of API account "${login}"`);
    res.json({ login, name, restored: true });
  });

  router.delete('/accounts/:login/snapshots/:name', (req, res) => {
    const login = knownLogin(runtime, req, res);
    const name = login && snapshotName(req.params.name, res);
    if (!login || !name) return;
    if (!runtime.accounts.deleteSnapshot(login, name)) return refuse(res, 404, `no snapshot "${name}" of API account "${login}"`);
    res.json({ login, name, deleted: true });
  });
}

function snapshotName(name: unknown, res: Parameters<typeof refuse>[0]): string | undefined {
  if (typeof name === 'string' && SNAPSHOT_NAME_PATTERN.test(name)) return name;
  refuse(res, 400, SNAPSHOT_NAME);
  return undefined;
}
