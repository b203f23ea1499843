import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { adminRequest } from '../support/admin-request.js';
import { DEMO_AUTH, postSoap, startMock, type RunningMock } from '../support/mock-server.js';
import { callWith } from '../support/soap-client.js';
import { consumerOnSupportLine, INFOBASE, useBotMock } from '../support/use-bot-mock.js';
import { soapRequest } from './wire.js';

describe('GET /admin/api/accounts/:login/outbox', () => {
  const f = useBotMock();
  const admin = (path: string) => adminRequest(f.mock.url, 'GET', path);

  it('lists welcome e-mails, notifications and files sent, newest first, filtered by kind', async () => {
    expect(await callWith(f.soap11, 'ClientUserSendWelcomeEmail', { ClientUserID: WELL_KNOWN.ownClientUser })).toMatchObject({ code: 'SUCCESS' });
    await fetch(`${f.mock.url}/admin/api/accounts/demo/clock/advance`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"minutes": 1}' });
    const consumer = consumerOnSupportLine(f.mock.runtime.db);
    const notified = await callWith(f.bot11, 'SendNotification', {
      InfobaseID: INFOBASE,
      Name: 'Обновление',
      Subject: 'Вышел релиз',
      Text: 'Обновим базу вечером.',
      Recipients: { table: { columns: ['EmployeeID', 'SupportLineID', 'DescriptionURL', 'DescriptionHint'], rows: [[consumer, WELL_KNOWN.supportLine, '', '']] } },
    });
    expect(notified.code).toBe('SUCCESS');
    await fetch(`${f.mock.url}/admin/api/accounts/demo/clock/advance`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"minutes": 1}' });
    const content = Buffer.from('Акт сверки');
    const form = new FormData();
    form.append('checksum', createHash('md5').update(content).digest('hex'));
    form.append('file_name', 'akt.txt');
    form.append('payload', new Blob([content]), 'akt.txt');
    const upload = (await (await fetch(`${f.mock.url}/partner/api/upload/private/work`, { method: 'POST', headers: { Authorization: DEMO_AUTH }, body: form })).json()) as { FileID: string };
    expect(await callWith(f.bot11, 'SendFile', { InfobaseID: INFOBASE, ConsumerID: consumer, SupportLineID: WELL_KNOWN.supportLine, ИмяФайла: 'akt.txt', FileID: upload.FileID })).toEqual({ code: 'SUCCESS', data: null });

    const all = await admin('/accounts/demo/outbox');
    expect(all.status).toBe(200);
    const item = { id: expect.any(String), recipient: expect.any(String), summary: expect.any(String), details: expect.any(Object) };
    expect(all.json).toEqual({
      login: 'demo',
      items: [
        { ...item, kind: 'chat-file', operation: 'SendFile', createdAt: '2024-03-01T09:02:00Z' },
        { ...item, kind: 'notification', operation: 'SendNotification', createdAt: '2024-03-01T09:01:00Z' },
        { ...item, kind: 'welcome-email', operation: 'ClientUserSendWelcomeEmail', createdAt: '2024-03-01T09:00:00Z' },
      ],
    });
    expect((await admin('/accounts/demo/outbox?kind=notification')).json.items.map((i: { kind: string }) => i.kind)).toEqual(['notification']);
    expect((await admin('/accounts/demo/outbox?limit=1')).json.items).toHaveLength(1);
    expect(await admin('/accounts/demo/outbox?kind=fax')).toEqual({ status: 400, json: { error: 'kind expects one of welcome-email, notification, chat-file' } });
    await adminRequest(f.mock.url, 'POST', '/accounts/demo/reset');
    expect((await admin('/accounts/demo/outbox')).json.items).toEqual([]);
  });
});

describe('GET /admin/api/accounts/:login/journal with filters and bounds', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ journal: { entries: 5, xmlBytes: 300 } });
  });
  afterAll(() => mock.close());
  const journal = async (query: string) => (await adminRequest(mock.url, 'GET', `/accounts/demo/journal${query}`)).json.calls as Record<string, any>[];
  const soap = (operation: string, params: Record<string, string> = {}) => postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.2', operation, params));

  it('filters by operation, ResultCode and real time, and keeps the newest entries only', async () => {
    await soap('RegionRead');
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await soap('DepartmentAdd');
    await soap('DepartmentAdd', { Name: 'Отдел' });
    expect((await journal('?operation=DepartmentAdd')).map((c) => c.result)).toEqual(['SUCCESS', 'PARAM_NOT_EXIST']);
    expect(await journal('?resultCode=PARAM_NOT_EXIST')).toMatchObject([{ operation: 'DepartmentAdd', resultData: 'Name', soapVersion: '1.2', httpStatus: 200 }]);
    expect((await journal(`?since=${encodeURIComponent(between)}`)).map((c) => c.operation)).toEqual(['DepartmentAdd', 'DepartmentAdd']);
    expect(await adminRequest(mock.url, 'GET', '/accounts/demo/journal?since=yesterday')).toEqual({ status: 400, json: { error: 'since expects an ISO 8601 instant (the real time of a call)' } });
    for (let i = 0; i < 5; i++) await soap('RegionRead');
    expect((await journal('?limit=500')).map((c) => c.operation)).toEqual(Array(5).fill('RegionRead'));
  });

  it('cuts the request and the response XML with a marker', async () => {
    await soap('RegionRead');
    const [call] = await journal('?limit=1');
    expect(Buffer.byteLength(call.response)).toBeLessThan(400);
    expect(call.response).toMatch(/…\[cut: \d+ more bytes\]$/);
    expect(call.request.startsWith('<')).toBe(true);
    expect(call.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('is cleared by a reset', async () => {
    await soap('RegionRead');
    await adminRequest(mock.url, 'POST', '/accounts/demo/reset');
    expect(await journal('')).toEqual([]);
  });
});
