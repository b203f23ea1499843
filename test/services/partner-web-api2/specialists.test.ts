import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { startMock, type RunningMock } from '../../support/mock-server.js';
import { callWith, soapClient } from '../../support/soap-client.js';

type Row = Record<string, string | null>;

const LIVE_COLUMNS = ['SpecialistID', 'CreatedAt', 'Deleted', 'Login', 'Name', 'Surname', 'SecondaryName', 'Birthday', 'Post', 'DepartmentID', 'Phone', 'EMail'];

describe('PartnerWebAPI2 SpecialistRead (spec 3.38)', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  it.each([false, true])('lists own specialists in the live column order (SOAP 1.2: %s)', async (soap12) => {
    const client = await soapClient(mock.url, 'PartnerWebAPI2', { soap12 });
    const r = await callWith(client, 'SpecialistRead');
    expect(r.code).toBe('SUCCESS');
    const rows = r.data as Row[];
    expect(Object.keys(rows[0])).toEqual(LIVE_COLUMNS);
    const first = rows.find((row) => row.SpecialistID === WELL_KNOWN.specialist);
    // Created 2023-06-15T16:49:58Z: written in the account zone (Moscow), without offset.
    expect(first).toMatchObject({ CreatedAt: '2023-06-15T19:49:58', Deleted: 'false', DepartmentID: WELL_KNOWN.department, Birthday: '0001-01-01T00:00:00' });
    expect(first?.Login).toMatch(/^\d{1,10}$/);
    expect(first?.EMail).toMatch(/@/);
    expect(rows.some((row) => row.Deleted === 'true')).toBe(true);
    expect(rows.every((row) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(row.Birthday ?? ''))).toBe(true);
  });

  it('filters by ChangedFrom and names a wrong type', async () => {
    const client = await soapClient(mock.url);
    expect((await callWith(client, 'SpecialistRead', { ChangedFrom: { dateTime: '2099-01-01T00:00:00' } })).data).toEqual([]);
    expect(await callWith(client, 'SpecialistRead', { ChangedFrom: 'вчера' })).toEqual({ code: 'TYPE_MISMATCH', data: 'ChangedFrom' });
  });
});
