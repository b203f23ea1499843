import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeResponse } from '../support/decode-response.js';
import { adminRequest } from '../support/admin-request.js';
import { DEMO_AUTH, postSoap, startMock, type RunningMock } from '../support/mock-server.js';
import { envelope } from '../support/soap-request.js';
import { readFault, soapRequest } from './wire.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ limits: false });
});
afterAll(() => mock.close());
beforeEach(async () => {
  await admin('POST', '/accounts/demo/reset');
});

const admin = (method: string, path: string, body?: unknown) => adminRequest(mock.url, method, path, body);
const faults = (rules: unknown) => admin('PUT', '/accounts/demo/faults', rules);
const regionRead = () => postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'RegionRead'));
const lastCall = async () => (await admin('GET', '/accounts/demo/journal?limit=1')).json.calls[0];

describe('PUT /admin/api/accounts/:login/faults', () => {
  it('answers a ResultCode in a normal envelope, for the times given, then normally again', async () => {
    const set = await faults([{ operation: 'RegionRead', mode: 'resultCode', resultCode: 'UNCLASSIFIED_ERROR', times: 2 }]);
    expect(set).toEqual({ status: 200, json: { login: 'demo', rules: [{ operation: 'RegionRead', mode: 'resultCode', resultCode: 'UNCLASSIFIED_ERROR', times: 2 }] } });
    for (let i = 0; i < 2; i++) {
      const res = await regionRead();
      expect(res.status).toBe(200);
      expect(decodeResponse(res.text)).toEqual({ code: 'UNCLASSIFIED_ERROR', data: 'Внутренняя ошибка сервера (сбой задан через admin API)' });
    }
    expect(await lastCall()).toMatchObject({ operation: 'RegionRead', result: 'UNCLASSIFIED_ERROR', fault: 'resultCode' });
    expect((await admin('GET', '/accounts/demo/faults')).json).toEqual({ login: 'demo', rules: [] });
    expect(decodeResponse((await regionRead()).text).code).toBe('SUCCESS');
  });

  it('answers a SOAP Fault', async () => {
    await faults([{ operation: '*', mode: 'soapFault' }]);
    const res = await regionRead();
    expect(res.status).toBe(500);
    expect(readFault(res.text)).toMatchObject({ code: 'soap:Server', reason: 'Внутренняя ошибка сервера (сбой задан через admin API)' });
    expect(await lastCall()).toMatchObject({ result: 'FAULT', fault: 'soapFault', httpStatus: 500 });
  });

  it.each([
    ['http500', 500, 'Internal Server Error\n', 'HTTP 500'],
    ['maintenance', 503, 'service temporarily unavailable\n', 'HTTP 503'],
    ['auth', 401, '1c-connect-mock: нужна HTTP Basic авторизация учётной записью API (демо: demo / demo)\n', 'HTTP 401'],
  ])('mode %s answers HTTP %i without an envelope', async (mode, status, text, result) => {
    await faults([{ operation: 'RegionRead', mode }]);
    const res = await regionRead();
    expect({ status: res.status, text: res.text }).toEqual({ status, text });
    expect(await lastCall()).toMatchObject({ operation: 'RegionRead', result, fault: mode, httpStatus: status });
    const other = await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'DepartmentRead'));
    expect(other.status).toBe(200);
  });

  it('drops the connection without an answer', async () => {
    await faults([{ operation: 'RegionRead', mode: 'drop', times: 1 }]);
    const body = soapRequest('1.1', 'RegionRead');
    const outcome = await new Promise<string>((resolve) => {
      const req = request(`${mock.url}/cus/ws/PartnerWebAPI2`, { method: 'POST', headers: { Authorization: DEMO_AUTH, 'Content-Type': 'text/xml; charset=utf-8' } }, (res) => resolve(`answered ${res.statusCode}`));
      req.on('error', (e) => resolve((e as NodeJS.ErrnoException).code ?? e.message));
      req.end(body);
    });
    expect(outcome).toMatch(/ECONNRESET|socket hang up/);
    expect(await lastCall()).toMatchObject({ result: 'DROPPED', fault: 'drop' });
  });

  it('delays the answer by latencyMs', async () => {
    await faults([{ operation: 'RegionRead', mode: 'latency', latencyMs: 150 }]);
    const started = Date.now();
    expect(decodeResponse((await regionRead()).text).code).toBe('SUCCESS');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(await lastCall()).toMatchObject({ result: 'SUCCESS', fault: 'latency' });
  });

  it('draws the probability from a seeded generator, so a run repeats', async () => {
    const run = async () => {
      await admin('POST', '/accounts/demo/reset');
      await faults({ rules: [{ operation: 'RegionRead', mode: 'resultCode', probability: 0.5 }] });
      const codes: string[] = [];
      for (let i = 0; i < 12; i++) codes.push(decodeResponse((await regionRead()).text).code);
      return codes;
    };
    const first = await run();
    expect(first).toContain('SUCCESS');
    expect(first).toContain('UNCLASSIFIED_ERROR');
    expect(await run()).toEqual(first);
  });

  it('answers a PartnerAPI call with a Fault for a resultCode rule', async () => {
    await faults([{ operation: '*', mode: 'resultCode' }]);
    const res = await postSoap(`${mock.url}/cus/ws/PartnerAPI`, envelope('1.1', '<par:region_read/>', 'PartnerAPI'));
    expect(res.status).toBe(500);
    expect(readFault(res.text).reason).toContain('Внутренняя ошибка сервера (сбой задан через admin API)');
    expect(await lastCall()).toMatchObject({ service: 'PartnerAPI', operation: 'region_read', result: 'FAULT', fault: 'resultCode' });
  });

  it('DELETE clears the rules; reset clears them too', async () => {
    await faults([{ operation: '*', mode: 'http500' }]);
    expect(await admin('DELETE', '/accounts/demo/faults')).toEqual({ status: 200, json: { login: 'demo', rules: [] } });
    expect((await regionRead()).status).toBe(200);
    await faults([{ operation: '*', mode: 'http500' }]);
    await admin('POST', '/accounts/demo/reset');
    expect((await regionRead()).status).toBe(200);
  });

  it.each([
    [{ operation: 'RegionRead' }, /^expected \[/],
    [[{ operation: 'RegionRead', mode: 'explode' }], /^rule 0: mode expects one of latency, /],
    [[{ operation: 'RegionRead', mode: 'latency' }], /^rule 0: mode latency needs latencyMs/],
    [[{ operation: 'RegionRead', mode: 'resultCode', resultCode: 'SUCCESS' }], /^rule 0: resultCode expects/],
    [[{ operation: 'RegionRead', mode: 'drop', times: 0 }], /^rule 0: times expects/],
    [[{ operation: 'RegionRead', mode: 'drop', probability: 2 }], /^rule 0: probability expects/],
  ])('refuses %j with 400', async (body, error) => {
    const res = await faults(body);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(error);
  });
});
