import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/runtime.js';
import { decodeResponse } from '../support/decode-response.js';
import { adminRequest } from '../support/admin-request.js';
import { postSoap, startMock, type RunningMock } from '../support/mock-server.js';
import { basicAuth, soapRequest } from './wire.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ autoAccounts: true });
});
afterAll(() => mock.close());

const admin = (method: string, path: string, body?: unknown) => adminRequest(mock.url, method, path, body);

async function soapAs(login: string, password: string, operation: string, params: Record<string, string> = {}) {
  const res = await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', operation, params), { Authorization: basicAuth(login, password) });
  return { status: res.status, ...(res.status === 200 ? decodeResponse(res.text) : { code: undefined, data: undefined }) };
}

const departmentNames = async (login: string, password: string) =>
  ((await soapAs(login, password, 'DepartmentRead')).data as { Name: string }[]).map((d) => d.Name);

describe('accounts', () => {
  it('creates an account with its own world, lists it and deletes it', async () => {
    const created = await admin('POST', '/accounts', { login: 'carol', password: 'secret', seed: 7 });
    expect(created).toEqual({
      status: 201,
      json: {
        login: 'carol',
        seed: 7,
        settings: { utcOffset: '+03:00', extendedFeatures: false, storefrontClickLogs: false },
        clock: { now: expect.any(String), frozen: false, virtual: false },
      },
    });
    expect((await soapAs('carol', 'secret', 'RegionRead')).code).toBe('SUCCESS');
    expect((await soapAs('carol', 'wrong', 'RegionRead')).status).toBe(401);
    const list = await admin('GET', '/accounts');
    expect(list.json.accounts.map((a: { login: string }) => a.login)).toContain('carol');
    expect(await admin('GET', '/accounts/carol')).toEqual({ status: 200, json: { ...created.json, clock: { now: expect.any(String), frozen: false, virtual: false } } });
    expect(await admin('DELETE', '/accounts/carol')).toEqual({ status: 200, json: { login: 'carol', deleted: true } });
    expect(await admin('GET', '/accounts/carol')).toEqual({ status: 404, json: { error: 'no API account "carol"' } });
    const leftovers = mock.runtime.db.prepare("SELECT count(*) AS n FROM departments WHERE account LIKE 'carol%'").get() as { n: number };
    expect(leftovers.n).toBe(0);
  });

  it('refuses a taken login with 409 and a bad body with 400', async () => {
    expect(await admin('POST', '/accounts', { login: 'demo', password: 'x' })).toEqual({ status: 409, json: { error: 'API account "demo" exists already' } });
    for (const body of [{ login: 'a#b', password: 'x' }, { login: 'ok' }, { login: 'ok', password: 'x', seed: 1.5 }, [1]]) {
      const res = await admin('POST', '/accounts', body);
      expect(res.status).toBe(400);
      expect(res.json.error).toMatch(/^expected \{"login"/);
    }
  });

  it('auto-provisions an unseen login at its first call, with the password fixed then', async () => {
    expect((await soapAs('auto-1', 'pw', 'RegionRead')).code).toBe('SUCCESS');
    expect((await soapAs('auto-1', 'other', 'RegionRead')).status).toBe(401);
    expect((await admin('GET', '/accounts/auto-1')).status).toBe(200);
  });

  it('keeps two auto-provisioned logins used in parallel apart', async () => {
    const run = async (login: string) => {
      for (let i = 0; i < 5; i++) expect((await soapAs(login, 'pw', 'DepartmentAdd', { Name: `${login} ${i}` })).code).toBe('SUCCESS');
      return departmentNames(login, 'pw');
    };
    const [a, b] = await Promise.all([run('par-a'), run('par-b')]);
    expect(a.filter((n) => n.startsWith('par-'))).toEqual(['par-a 0', 'par-a 1', 'par-a 2', 'par-a 3', 'par-a 4']);
    expect(b.filter((n) => n.startsWith('par-'))).toEqual(['par-b 0', 'par-b 1', 'par-b 2', 'par-b 3', 'par-b 4']);
    expect((await departmentNames('demo', 'demo')).some((n) => n.startsWith('par-'))).toBe(false);
  });
});

describe('snapshots', () => {
  it('saves, lists, restores and deletes a snapshot', async () => {
    await admin('POST', '/accounts', { login: 'snap', password: 'pw' });
    await soapAs('snap', 'pw', 'DepartmentAdd', { Name: 'До снимка' });
    const saved = await admin('POST', '/accounts/snap/snapshots/base');
    expect(saved).toEqual({ status: 201, json: { login: 'snap', name: 'base', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) } });
    await soapAs('snap', 'pw', 'DepartmentAdd', { Name: 'После снимка' });
    expect(await departmentNames('snap', 'pw')).toContain('После снимка');
    expect(await admin('POST', '/accounts/snap/snapshots/base/restore')).toEqual({ status: 200, json: { login: 'snap', name: 'base', restored: true } });
    const names = await departmentNames('snap', 'pw');
    expect(names).toContain('До снимка');
    expect(names).not.toContain('После снимка');
    expect(await admin('GET', '/accounts/snap/snapshots')).toEqual({ status: 200, json: { login: 'snap', snapshots: [{ name: 'base', createdAt: saved.json.createdAt }] } });
    expect(await admin('POST', '/accounts/snap/reset')).toEqual({ status: 200, json: { login: 'snap', reset: true } });
    expect(await departmentNames('snap', 'pw')).not.toContain('До снимка');
    expect(await admin('DELETE', '/accounts/snap/snapshots/base')).toEqual({ status: 200, json: { login: 'snap', name: 'base', deleted: true } });
    expect(await admin('POST', '/accounts/snap/snapshots/base/restore')).toEqual({ status: 404, json: { error: 'no snapshot "base" of API account "snap"' } });
    expect(await admin('POST', '/accounts/snap/snapshots/bad%20name')).toEqual({ status: 400, json: { error: 'a snapshot name is 1–64 of A–Z a–z 0–9 . _ -' } });
  });

  it('keeps accounts, settings and snapshots in a --db file across a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-snapshots-'));
    try {
      const file = join(dir, 'sandbox.db');
      const first = createRuntime({ dbFile: file });
      first.accounts.create({ login: 'kept', password: 'pw' });
      first.accounts.setTimeZone('kept', 300);
      first.accounts.setQuota('kept', { enabled: false, scale: 2 });
      first.db.prepare("UPDATE departments SET name = 'Сохранён' WHERE account = 'kept'").run();
      first.accounts.saveSnapshot('kept', 'saved', new Date());
      first.db.prepare("DELETE FROM departments WHERE account = 'kept'").run();
      first.db.close();
      const second = createRuntime({ dbFile: file });
      expect(second.accounts.get('kept')?.tzOffsetMinutes).toBe(300);
      expect(second.limits.quota('kept')).toEqual({ enabled: false, scale: 2 });
      expect(second.accounts.authenticate('kept', 'pw')).toBeDefined();
      expect(second.accounts.snapshots('kept').map((s) => s.name)).toEqual(['saved']);
      expect(second.accounts.restoreSnapshot('kept', 'saved')).toBe(true);
      const names = second.db.prepare("SELECT DISTINCT name FROM departments WHERE account = 'kept'").all();
      expect(names).toEqual([{ name: 'Сохранён' }]);
      second.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
