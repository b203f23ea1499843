import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest } from '../support/admin-request.js';
import { startMock, type RunningMock } from '../support/mock-server.js';

describe('dashboard page and the "try it" call', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ adminToken: 'dashboard-secret' });
  });
  afterAll(() => mock.close());
  const auth = { Authorization: 'Bearer dashboard-secret' };
  const tryIt = (body: unknown, headers: Record<string, string> = auth) => adminRequest(mock.url, 'POST', '/accounts/demo/try', body, headers);

  it('serves the page with the operation reference and its script', async () => {
    const page = await fetch(`${mock.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('id="op-PartnerWebAPI2-RegionRead"');
    expect(html).toContain('id="op-PartnerAPI-client_read"');
    expect(html).toContain('<script type="module" src="/dashboard/app.js">');
    const script = await fetch(`${mock.url}/dashboard/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain("const API = '/admin/api'");
  });

  it('lists the world a page at a time in the data browser, without secrets or bytes', async () => {
    const listed = await adminRequest(mock.url, 'GET', '/accounts/demo/data', undefined, auth);
    expect(listed.status).toBe(200);
    const clients = (listed.json.collections as { name: string; rows: number }[]).find((c) => c.name === 'clients');
    expect(clients?.rows).toBeGreaterThan(40);
    const page = await adminRequest(mock.url, 'GET', '/accounts/demo/data/client-users?limit=5&offset=2', undefined, auth);
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({ collection: 'client-users', limit: 5, offset: 2 });
    expect(page.json.rows).toHaveLength(5);
    expect(page.json.columns).toContain('email');
    expect(page.json.columns).not.toContain('password');
    expect(page.json.columns).not.toContain('account');
    expect((await adminRequest(mock.url, 'GET', '/accounts/demo/data/accounts', undefined, auth)).status).toBe(404);
    expect((await adminRequest(mock.url, 'GET', '/accounts/demo/data/clients?limit=0', undefined, auth)).status).toBe(400);
    expect((await adminRequest(mock.url, 'GET', '/accounts/demo/data', undefined, {})).status).toBe(401);
  });

  it('keeps account data behind the admin token', async () => {
    expect((await tryIt({ service: 'PartnerWebAPI2', operation: 'RegionRead' }, {})).status).toBe(401);
  });

  it('answers a structure call and journals it', async () => {
    const { status, json } = await tryIt({ service: 'PartnerWebAPI2', operation: 'DepartmentRead', params: { DepartmentName: 'x' } });
    expect(status).toBe(200);
    expect(json.status).toBe(200);
    expect(json.request).toContain('<Property xmlns="http://v8.1c.ru/8.1/data/core" name="DepartmentName"><Value xsi:type="xs:string">x</Value></Property>');
    expect(json.response).toContain('SUCCESS');
    const journal = await adminRequest(mock.url, 'GET', '/accounts/demo/journal?limit=1', undefined, auth);
    expect(journal.json.calls[0]).toMatchObject({ operation: 'DepartmentRead', result: 'SUCCESS', request: json.request });
  });

  it('answers an operand call of PartnerAPI and a refusal of a bad parameter', async () => {
    const operands = await tryIt({ service: 'PartnerAPI', operation: 'region_read', soapVersion: '1.2' });
    expect(operands.json).toMatchObject({ status: 200, operation: 'region_read' });
    expect(operands.json.request).toContain('<par:region_read></par:region_read>');
    const refused = await tryIt({ service: 'PartnerWebAPI2', operation: 'ClientUserRead', params: { ClientID: 'not-a-uuid' } });
    expect(refused.json.response).toContain('UID_NOT_CORRECT');
  });

  it('refuses an unknown operation or a structured value', async () => {
    expect((await tryIt({ service: 'PartnerWebAPI2', operation: 'Nope' })).status).toBe(400);
    expect((await tryIt({ service: 'BotAPI', operation: 'RegionRead', params: { a: {} } })).status).toBe(400);
  });
});
