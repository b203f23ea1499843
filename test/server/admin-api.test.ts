import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import { soapRequest, type PropertyValue } from './wire.js';

const DAY = '2024-03-01T12:00:00+03:00';
const NIGHT = '2024-03-01T23:30:00+03:00';

interface ClockAnswer {
  login: string;
  now: string;
  frozen: boolean;
  virtual: boolean;
}

interface LimitsAnswer {
  login: string;
  now: string;
  window: 'day' | 'night';
  operations: { service: string; operation: string; used: number; limit: number; remaining: number }[];
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());
beforeEach(async () => {
  await admin('POST', '/accounts/demo/reset');
});

async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${mock.url}/admin/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function limits(): Promise<LimitsAnswer> {
  const res = await admin('GET', '/accounts/demo/limits');
  expect(res.status).toBe(200);
  return res.json as LimitsAnswer;
}

function usage(answer: LimitsAnswer, operation: string) {
  return answer.operations.find((o) => o.operation === operation);
}

async function soap(operation: string, params: Record<string, PropertyValue> = {}) {
  const res = await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', operation, params));
  expect(res.status).toBe(200);
  return decodeResponse(res.text);
}

describe('GET /admin/api/health', () => {
  it('reports ok with the services and accounts', async () => {
    expect(await admin('GET', '/health')).toEqual({
      status: 200,
      json: { status: 'ok', services: ['PartnerWebAPI2', 'BotAPI', 'PartnerAPI'], accounts: ['demo'] },
    });
  });
});

describe('PUT /admin/api/accounts/:login/clock', () => {
  it('freezes the clock at the instant given', async () => {
    const res = await admin('PUT', '/accounts/demo/clock', { now: DAY, frozen: true });
    expect(res).toEqual({ status: 200, json: { login: 'demo', now: '2024-03-01T09:00:00.000Z', frozen: true, virtual: true } });
    expect((await limits()).now).toBe('2024-03-01T09:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await limits()).now).toBe('2024-03-01T09:00:00.000Z');
  });

  it('lets an unfrozen clock run on from the instant given', async () => {
    const res = await admin('PUT', '/accounts/demo/clock', { now: DAY });
    expect(res.json).toMatchObject({ frozen: false, virtual: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const elapsed = Date.parse((await limits()).now) - Date.parse(DAY);
    expect(elapsed).toBeGreaterThanOrEqual(15);
    expect(elapsed).toBeLessThan(5000);
  });

  it.each([
    [DAY, 'day', '2024-03-01T09:00:00.000Z'],
    [NIGHT, 'night', '2024-03-01T20:30:00.000Z'],
    ['2024-03-01T22:59:59+03:00', 'day', '2024-03-01T19:59:59.000Z'],
    ['2024-03-02T01:59:59+03:00', 'night', '2024-03-01T22:59:59.000Z'],
    ['2024-03-02T02:00:00+03:00', 'day', '2024-03-01T23:00:00.000Z'],
  ])('at %s reports the %s window in Moscow time', async (now, window, iso) => {
    await setClock(mock.url, now);
    expect(await limits()).toMatchObject({ login: 'demo', now: iso, window });
  });

  it('stamps changes made under a frozen clock with the instant set', async () => {
    await setClock(mock.url, DAY);
    for (const name of ['Отдел А', 'Отдел Б']) expect((await soap('DepartmentAdd', { Name: name })).code).toBe('SUCCESS');
    const since = (from: string) => soap('DepartmentRead', { ChangedFrom: { type: 'xs:dateTime', value: from } });
    expect((await since('2024-03-01T12:00:00')).data).toEqual([
      { DepartmentID: expect.any(String), Name: 'Отдел А', Deleted: 'false' },
      { DepartmentID: expect.any(String), Name: 'Отдел Б', Deleted: 'false' },
    ]);
    expect((await since('2024-03-01T12:00:01')).data).toEqual([]);
  });

  it.each([
    ['no now', { frozen: true }],
    ['a now that is not a date', { now: 'tomorrow', frozen: true }],
    ['a now that is not a string', { now: 1709283600000 }],
    ['a frozen that is not a boolean', { now: DAY, frozen: 'yes' }],
    ['a now far in the future', { now: '+275760-09-13T00:00:00Z', frozen: true }],
    ['a now after 2999', { now: '3000-01-01T00:00:00Z', frozen: true }],
    ['a now before 2000', { now: '1999-12-31T23:59:59Z', frozen: true }],
  ])('refuses a body with %s with 400 and a message', async (_case, body) => {
    expect(await admin('PUT', '/accounts/demo/clock', body)).toEqual({
      status: 400,
      json: { error: 'expected {"now": "<ISO 8601 from 2000-01-01 to 2999-12-31>", "frozen": true|false}' },
    });
  });

  it('refuses a body that is not JSON with 400 and a message', async () => {
    const res = await admin('PUT', '/accounts/demo/clock', '{"now": ');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: expect.stringMatching(/^Запрос не прочитан: /) });
  });
});

describe('unknown accounts', () => {
  it.each([
    ['PUT', '/accounts/nobody/clock', { now: DAY }],
    ['DELETE', '/accounts/nobody/clock', undefined],
    ['GET', '/accounts/nobody/limits', undefined],
    ['POST', '/accounts/nobody/reset', undefined],
  ])('%s %s answers 404 naming the login', async (method, path, body) => {
    expect(await admin(method, path, body)).toEqual({ status: 404, json: { error: 'no API account "nobody"' } });
  });
});

describe('DELETE /admin/api/accounts/:login/clock', () => {
  it('returns the account to real time', async () => {
    await setClock(mock.url, NIGHT);
    const res = await admin('DELETE', '/accounts/demo/clock');
    expect(res.json).toMatchObject({ login: 'demo', frozen: false, virtual: false });
    expect(Math.abs(Date.parse((res.json as ClockAnswer).now) - Date.now())).toBeLessThan(5000);
    expect(Math.abs(Date.parse((await limits()).now) - Date.now())).toBeLessThan(5000);
  });
});

describe('GET /admin/api/accounts/:login/limits', () => {
  it('shows the calls used in this hour against the day limit', async () => {
    await setClock(mock.url, DAY);
    for (let i = 0; i < 3; i++) expect((await soap('RegionRead')).code).toBe('SUCCESS');
    const answer = await limits();
    expect(usage(answer, 'RegionRead')).toEqual({ service: 'PartnerWebAPI2', operation: 'RegionRead', used: 3, limit: 25, remaining: 22 });
    expect(usage(answer, 'ClientRead')).toEqual({ service: 'PartnerWebAPI2', operation: 'ClientRead', used: 0, limit: 250, remaining: 250 });
  });

  it('shows the night limit at night', async () => {
    await setClock(mock.url, NIGHT);
    await soap('RegionRead');
    expect(usage(await limits(), 'RegionRead')).toEqual({ service: 'PartnerWebAPI2', operation: 'RegionRead', used: 1, limit: 125, remaining: 124 });
  });

  it('starts a new count in the next hour', async () => {
    await setClock(mock.url, DAY);
    await soap('RegionRead');
    await setClock(mock.url, '2024-03-01T13:00:00+03:00');
    expect(usage(await limits(), 'RegionRead')).toMatchObject({ used: 0, limit: 25 });
  });
});

describe('POST /admin/api/accounts/:login/reset', () => {
  it('brings the world back to its seed', async () => {
    const added = await soap('DepartmentAdd', { Name: 'Временный отдел' });
    expect(added.code).toBe('SUCCESS');
    const id = (added.data as { DepartmentID: string }).DepartmentID;
    const ids = async () => ((await soap('DepartmentRead')).data as { DepartmentID: string }[]).map((d) => d.DepartmentID);
    expect(await ids()).toContain(id);
    expect(await admin('POST', '/accounts/demo/reset')).toEqual({ status: 200, json: { login: 'demo', reset: true } });
    expect(await ids()).not.toContain(id);
  });

  it('zeroes the limit counters', async () => {
    await setClock(mock.url, DAY);
    await soap('RegionRead');
    expect(usage(await limits(), 'RegionRead')?.used).toBe(1);
    await admin('POST', '/accounts/demo/reset');
    await setClock(mock.url, DAY);
    expect(usage(await limits(), 'RegionRead')?.used).toBe(0);
  });

  it('returns the clock to real time', async () => {
    await setClock(mock.url, NIGHT);
    await admin('POST', '/accounts/demo/reset');
    expect(Math.abs(Date.parse((await limits()).now) - Date.now())).toBeLessThan(5000);
  });
});

describe('GET /admin/api/accounts/:login/journal', () => {
  it('lists the latest calls, newest first, with ignored parameters as warnings and Faults', async () => {
    await setClock(mock.url, DAY);
    await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'RegionRead', { Country: 'RU' }));
    await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'DepartmentAdd', {}));
    await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'ClientTeleport', {}));
    const { status, json } = await admin('GET', '/accounts/demo/journal?limit=3');
    expect(status).toBe(200);
    const common = { at: '2024-03-01T09:00:00.000Z', service: 'PartnerWebAPI2', soapVersion: '1.1', realAt: expect.any(String), durationMs: expect.any(Number) };
    expect(json).toMatchObject({
      login: 'demo',
      calls: [
        { ...common, operation: 'ClientTeleport', result: 'FAULT', httpStatus: 500, resultData: 'Операция ClientTeleport не найдена в сервисе PartnerWebAPI2', warnings: [] },
        { ...common, operation: 'DepartmentAdd', result: 'PARAM_NOT_EXIST', httpStatus: 200, resultData: 'Name', warnings: [] },
        { ...common, operation: 'RegionRead', result: 'SUCCESS', httpStatus: 200, warnings: ['unknown parameter Country ignored'] },
      ],
    });
    const [teleport, departmentAdd, regionRead] = (json as { calls: { request: string; response: string; id: number; resultData?: string }[] }).calls;
    expect(regionRead.resultData).toBeUndefined();
    expect(regionRead.request).toContain('name="Country"');
    expect(regionRead.response).toContain(">SUCCESS<");
    expect(departmentAdd.response).toContain('PARAM_NOT_EXIST');
    expect(teleport.response).toContain('Fault');
    expect(teleport.id).toBeGreaterThan(departmentAdd.id);
  });

  it('refuses a limit out of range', async () => {
    expect(await admin('GET', '/accounts/demo/journal?limit=0')).toEqual({ status: 400, json: { error: 'limit expects a whole number from 1 to 500' } });
  });
});
