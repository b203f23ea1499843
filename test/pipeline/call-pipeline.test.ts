import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { setClock, startMock, type RunningMock } from '../support/mock-server.js';
import { call, callWith, soapClient, tableArg } from '../support/soap-client.js';
import { resetAccount } from '../../src/runtime.js';
import { runOperation } from '../../src/pipeline/call-pipeline.js';
import { PARTNER_WEB_API2 } from '../../src/services/partner-web-api2/index.js';
import { emptyStructure } from '../../src/xml/xdto-value.js';

const DAY_HOUR = '2024-03-01T14:05:00+03:00';
const NIGHT_HOUR = '2024-03-01T23:05:00+03:00';

describe('call pipeline over HTTP', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  beforeEach(() => {
    resetAccount(mock.runtime, 'demo');
  });
  afterAll(() => mock.close());

  const regionReads = async (n: number) => {
    const client = await soapClient(mock.url);
    const codes: string[] = [];
    for (let i = 0; i < n; i++) codes.push((await callWith(client, 'RegionRead')).code);
    return codes;
  };

  it('answers OUT_OF_LIMIT to the 26th RegionRead in a day hour', async () => {
    await setClock(mock.url, DAY_HOUR);
    const codes = await regionReads(26);
    expect(codes.slice(0, 25).every((c) => c === 'SUCCESS')).toBe(true);
    expect(codes[25]).toBe('OUT_OF_LIMIT');
    const client = await soapClient(mock.url);
    expect(await callWith(client, 'RegionRead')).toEqual({ code: 'OUT_OF_LIMIT', data: 'Превышен лимит вызовов операции RegionRead: 25 в час' });
  });

  it('answers SUCCESS to the 26th RegionRead in a night hour', async () => {
    await setClock(mock.url, NIGHT_HOUR);
    const codes = await regionReads(26);
    expect(codes.every((c) => c === 'SUCCESS')).toBe(true);
  });

  it('counts calls that fail validation, and a new hour brings a new budget', async () => {
    await setClock(mock.url, DAY_HOUR);
    const client = await soapClient(mock.url);
    for (let i = 0; i < 25; i++) await callWith(client, 'RegionRead', {});
    expect((await callWith(client, 'RegionRead')).code).toBe('OUT_OF_LIMIT');
    await setClock(mock.url, '2024-03-01T15:00:00+03:00');
    expect((await callWith(client, 'RegionRead')).code).toBe('SUCCESS');
    const usage = (await (await fetch(`${mock.url}/admin/api/accounts/demo/limits`)).json()) as { operations: { operation: string; used: number; limit: number }[] };
    expect(usage.operations.find((o) => o.operation === 'RegionRead')).toMatchObject({ used: 1, limit: 25 });
  });

  it('counts each batch row as a call; rows past the budget get OUT_OF_LIMIT', async () => {
    await setClock(mock.url, DAY_HOUR);
    const now = mock.runtime.clocks.now('demo');
    const limits = { dayPerHour: 250, nightPerHour: 1250 };
    for (let i = 0; i < 247; i++) mock.runtime.limits.consume('demo', 'ClientEdit', limits, now);
    const client = await soapClient(mock.url);
    const rows = Array.from({ length: 5 }, (_, i) => [WELL_KNOWN.ownClient, `ООО «Версия ${i}»`]);
    const result = await call(client, 'ClientEdit', tableArg(['ClientID', 'Name'], rows));
    expect(result.code).toBe('SUCCESS');
    expect((result.data as { ResultCode: string }[]).map((r) => r.ResultCode)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'OUT_OF_LIMIT', 'OUT_OF_LIMIT']);
    const names = ((await callWith(client, 'ClientRead')).data as Record<string, string>[]).filter((r) => r.ClientID === WELL_KNOWN.ownClient);
    expect(names.map((r) => r.Name)).toEqual(['ООО «Версия 2»']);
  });

  it('answers UNCLASSIFIED_ERROR for an operation without a handler', () => {
    const bare = { ...PARTNER_WEB_API2, handlers: {} };
    const account = mock.runtime.accounts.get('demo')!;
    expect(runOperation(mock.runtime, bare, PARTNER_WEB_API2.catalog.get('RegionRead')!, account, emptyStructure())).toEqual({
      code: 'UNCLASSIFIED_ERROR',
      data: { kind: 'string', text: 'operation is not implemented yet' },
    });
  });
});

describe('operations that need a subscription', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ accounts: [{ login: 'alice', password: 'alice' }] });
  });
  afterAll(() => mock.close());

  it('refuses them to an account without it, after the call has been counted, and serves them once it is switched on', async () => {
    await setClock(mock.url, DAY_HOUR, 'alice');
    const alice = await soapClient(mock.url, 'PartnerWebAPI2', { login: 'alice', password: 'alice' });
    const refused = { code: 'AVAILABLE_BY_SUBSCRIPTION', data: 'Операция StartPictureClicksHistoryRead доступна по подписке «Журнал кликов витрины»' };
    for (let i = 0; i < 50; i++) expect(await callWith(alice, 'StartPictureClicksHistoryRead', { StartPictureID: 'x' })).toEqual(refused);
    expect((await callWith(alice, 'StartPictureClicksHistoryRead')).code).toBe('OUT_OF_LIMIT');
    const demo = await soapClient(mock.url);
    expect((await callWith(demo, 'StartPictureClicksHistoryRead')).code).toBe('SUCCESS');

    const res = await fetch(`${mock.url}/admin/api/accounts/alice/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ storefrontClickLogs: true }),
    });
    expect(await res.json()).toMatchObject({ storefrontClickLogs: true });
    expect((await callWith(alice, 'StorefrontProductClicksHistoryRead')).code).toBe('SUCCESS');
  });
});
