import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeResponse } from '../support/decode-response.js';
import { adminRequest } from '../support/admin-request.js';
import { postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import { soapRequest } from './wire.js';

const DAY = '2024-03-01T12:00:00+03:00';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ accounts: [{ login: 'other', password: 'x' }] });
});
afterAll(() => mock.close());
beforeEach(async () => {
  await admin('POST', '/accounts/demo/reset');
  await admin('PUT', '/accounts/demo/limits', { enabled: true, scale: 1 });
  await setClock(mock.url, DAY);
});

const admin = (method: string, path: string, body?: unknown) => adminRequest(mock.url, method, path, body);

async function regionRead() {
  const res = await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'RegionRead', {}));
  return decodeResponse(res.text);
}

const usage = async (operation: string) => ((await admin('GET', '/accounts/demo/limits')).json.operations as { operation: string }[]).find((o) => o.operation === operation);

describe('POST /admin/api/accounts/:login/clock/advance', () => {
  it('moves a frozen clock by the minutes given, and back', async () => {
    expect(await admin('POST', '/accounts/demo/clock/advance', { minutes: 90 })).toEqual({
      status: 200,
      json: { login: 'demo', now: '2024-03-01T10:30:00.000Z', frozen: true, virtual: true },
    });
    expect((await admin('POST', '/accounts/demo/clock/advance', { minutes: -30 })).json.now).toBe('2024-03-01T10:00:00.000Z');
  });

  it('starts a new hourly count when the clock passes the hour', async () => {
    await regionRead();
    expect((await usage('RegionRead'))).toMatchObject({ used: 1 });
    await admin('POST', '/accounts/demo/clock/advance', { minutes: 60 });
    expect((await usage('RegionRead'))).toMatchObject({ used: 0 });
  });

  it('makes a real-time clock a running virtual one', async () => {
    await admin('DELETE', '/accounts/demo/clock');
    const { json } = await admin('POST', '/accounts/demo/clock/advance', { minutes: 24 * 60 });
    expect(json).toMatchObject({ frozen: false, virtual: true });
    expect(Math.abs(Date.parse(json.now) - Date.now() - 86_400_000)).toBeLessThan(5000);
  });

  it.each([[{}], [{ minutes: 'ten' }], [{ minutes: 1e12 }]])('refuses %j with 400', async (body) => {
    expect(await admin('POST', '/accounts/demo/clock/advance', body)).toEqual({
      status: 400,
      json: { error: 'expected {"minutes": <number, negative to go back>} keeping the clock from 2000-01-01 to 2999-12-31' },
    });
  });
});

describe('PUT /admin/api/accounts/:login/limits', () => {
  it('leaves a set number of calls in this hour, then OUT_OF_LIMIT', async () => {
    const res = await admin('PUT', '/accounts/demo/limits', { remaining: { operation: 'RegionRead', calls: 2 } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ login: 'demo', enabled: true, scale: 1, window: 'day' });
    expect(await usage('RegionRead')).toEqual({ service: 'PartnerWebAPI2', operation: 'RegionRead', used: 0, limit: 2, remaining: 2 });
    expect((await regionRead()).code).toBe('SUCCESS');
    expect((await regionRead()).code).toBe('SUCCESS');
    expect(await regionRead()).toEqual({ code: 'OUT_OF_LIMIT', data: 'Превышен лимит вызовов операции RegionRead: 2 в час' });
    await admin('POST', '/accounts/demo/clock/advance', { minutes: 60 });
    expect(await usage('RegionRead')).toMatchObject({ used: 0, limit: 25 });
  });

  it('scales every limit of the account', async () => {
    const res = await admin('PUT', '/accounts/demo/limits', { scale: 0.1 });
    expect(res.json.scale).toBe(0.1);
    expect(await usage('RegionRead')).toMatchObject({ limit: 3 });
    expect(await usage('ClientRead')).toMatchObject({ limit: 25 });
  });

  it('keeps the switch and the scale across a reset (they are settings), not the remaining calls', async () => {
    await admin('PUT', '/accounts/demo/limits', { scale: 2, remaining: { operation: 'RegionRead', calls: 1 } });
    await admin('POST', '/accounts/demo/reset');
    await setClock(mock.url, DAY);
    expect((await admin('GET', '/accounts/demo/limits')).json).toMatchObject({ enabled: true, scale: 2 });
    expect(await usage('RegionRead')).toMatchObject({ limit: 50, used: 0 });
  });

  it('switches the limits off for the account only', async () => {
    await admin('PUT', '/accounts/demo/limits', { enabled: false, remaining: { operation: 'RegionRead', calls: 0 } });
    expect((await admin('GET', '/accounts/demo/limits')).json.enabled).toBe(false);
    expect((await admin('GET', '/accounts/other/limits')).json.enabled).toBe(true);
    expect((await regionRead()).code).toBe('SUCCESS');
    await admin('PUT', '/accounts/demo/limits', { enabled: true });
    expect((await regionRead()).code).toBe('OUT_OF_LIMIT');
  });

  it.each([
    [{ enabled: 'no' }],
    [{ scale: 0 }],
    [{ remaining: { operation: 'RegionRead', calls: -1 } }],
    [{ remaining: { operation: 'RegionRead' } }],
    [{ other: 1 }],
  ])('refuses %j with 400', async (body) => {
    const res = await admin('PUT', '/accounts/demo/limits', body);
    expect(res).toEqual({ status: 400, json: { error: expect.stringMatching(/^expected \{"enabled"/) } });
  });

  it('refuses an operation without a limit', async () => {
    expect(await admin('PUT', '/accounts/demo/limits', { remaining: { operation: 'Teleport', calls: 1 } })).toEqual({
      status: 400,
      json: { error: 'no operation "Teleport" with an hourly limit' },
    });
  });
});
