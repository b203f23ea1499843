import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApiError, startMockServer, type RunningMockServer } from '../../src/index.js';
import { postSoap } from '../support/mock-server.js';
import { soapRequest } from './wire.js';

let mock: RunningMockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

describe('startMockServer and its typed admin client', () => {
  it('listens on a free loopback port and names the WSDL and service addresses', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.wsdlUrl('BotAPI')).toBe(`${mock.url}/cus/ws/BotAPI?wsdl`);
    expect((await fetch(mock.wsdlUrl('PartnerAPI'))).status).toBe(200);
    expect(await mock.admin.health()).toEqual({ status: 'ok', services: ['PartnerWebAPI2', 'BotAPI', 'PartnerAPI'], accounts: ['demo'] });
  });

  it('drives accounts, snapshots, clock, limits, faults, journal and outbox', async () => {
    const { admin } = mock;
    expect(await admin.createAccount({ login: 'typed', password: 'pw' })).toMatchObject({ login: 'typed', settings: { utcOffset: '+03:00' } });
    expect((await admin.accounts()).map((a) => a.login)).toEqual(['demo', 'typed']);
    expect(await admin.setSettings('typed', { utcOffset: '+05:00' })).toMatchObject({ utcOffset: '+05:00' });
    expect((await admin.settings('typed')).utcOffset).toBe('+05:00');
    expect(await admin.saveSnapshot('typed', 'start')).toMatchObject({ name: 'start' });
    expect((await admin.snapshots('typed')).map((s) => s.name)).toEqual(['start']);
    await admin.restoreSnapshot('typed', 'start');
    await admin.deleteSnapshot('typed', 'start');
    expect(await admin.setClock('typed', '2024-03-01T12:00:00+03:00')).toMatchObject({ now: '2024-03-01T09:00:00.000Z', frozen: true });
    expect((await admin.advanceClock('typed', 30)).now).toBe('2024-03-01T09:30:00.000Z');
    expect((await admin.setLimits('typed', { remaining: { operation: 'RegionRead', calls: 0 } })).operations.find((o) => o.operation === 'RegionRead')).toMatchObject({ remaining: 0 });
    const auth = { Authorization: `Basic ${Buffer.from('typed:pw').toString('base64')}` };
    await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'RegionRead'), auth);
    expect(await admin.journal('typed', { resultCode: 'OUT_OF_LIMIT' })).toMatchObject([{ operation: 'RegionRead', resultData: 'Превышен лимит вызовов операции RegionRead: 0 в час' }]);
    expect((await admin.limits('typed')).enabled).toBe(true);
    expect(await admin.setFaults('typed', [{ operation: '*', mode: 'maintenance', times: 1 }])).toEqual([{ operation: '*', mode: 'maintenance', times: 1 }]);
    expect((await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'ClientRead'), auth)).status).toBe(503);
    expect(await admin.faults('typed')).toEqual([]);
    await admin.clearFaults('typed');
    expect(await admin.outbox('typed', { kind: 'welcome-email' })).toEqual([]);
    expect((await admin.realClock('typed')).virtual).toBe(false);
    await admin.reset('typed');
    expect(await admin.journal('typed')).toEqual([]);
    await admin.deleteAccount('typed');
    await expect(admin.account('typed')).rejects.toEqual(new AdminApiError(404, 'no API account "typed"'));
  });
});
