import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli-args.js';
import { AdminClient, startMockServer } from '../../src/index.js';
import { checkListenSecurity } from '../../src/server/listen-security.js';
import { adminRequest } from '../support/admin-request.js';
import { startMock, type RunningMock } from '../support/mock-server.js';

const TOKEN = 'a-long-admin-token';

describe('the admin token', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ adminToken: TOKEN });
  });
  afterAll(() => mock.close());

  it.each([
    ['no Authorization', {}],
    ['a wrong token', { Authorization: 'Bearer another-token' }],
    ['Basic instead of Bearer', { Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }],
  ])('refuses %s with 401', async (_case, headers) => {
    expect(await adminRequest(mock.url, 'GET', '/health', undefined, headers)).toEqual({ status: 401, json: { error: 'the admin API needs Authorization: Bearer <admin token>' } });
  });

  it('answers with the token, and the typed client sends it', async () => {
    expect((await adminRequest(mock.url, 'GET', '/health', undefined, { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await new AdminClient(mock.url, { token: TOKEN }).health()).status).toBe('ok');
  });

  it('still refuses a cross-origin write with the token', async () => {
    const res = await adminRequest(mock.url, 'POST', '/accounts/demo/reset', undefined, { Authorization: `Bearer ${TOKEN}`, Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });
});

describe('listening beyond loopback', () => {
  it('needs an admin token', async () => {
    expect(() => checkListenSecurity('0.0.0.0', undefined)).toThrow('listening on 0.0.0.0 (beyond loopback) needs --admin-token <secret>: the admin API would be open to the network');
    expect(() => checkListenSecurity('192.168.1.5', undefined)).toThrow(/needs --admin-token/);
    expect(() => checkListenSecurity('0.0.0.0', TOKEN)).not.toThrow();
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]']) expect(() => checkListenSecurity(host, undefined)).not.toThrow();
    await expect(startMockServer({ host: '0.0.0.0' })).rejects.toThrow(/needs --admin-token/);
  });

  it('reads --admin-token and --auto-accounts from the command line', () => {
    expect(parseCliArgs(['--admin-token', TOKEN, '--auto-accounts'])).toMatchObject({ adminToken: TOKEN, autoAccounts: true });
    expect(() => parseCliArgs(['--admin-token', 'short'])).toThrow('--admin-token expects at least 8 characters');
  });
});

describe('SOAP passwords', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  it('match exactly: a prefix, a longer one or another case is refused', () => {
    expect(mock.runtime.accounts.authenticate('demo', 'demo')).toBeDefined();
    for (const wrong of ['dem', 'demo ', 'DEMO', '']) expect(mock.runtime.accounts.authenticate('demo', wrong)).toBeUndefined();
    expect(mock.runtime.accounts.authenticate('nobody', '')).toBeUndefined();
  });
});
