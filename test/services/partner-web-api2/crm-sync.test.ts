import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { setClock } from '../../support/mock-server.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

const EMPTY_DATE = '0001-01-01T00:00:00';
/** The account's zone is Moscow: ChangedFrom and the clock are written in it. */
const T1 = '2024-03-05T09:00:00';
const T2 = '2024-03-05T10:00:00';
const T3 = '2024-03-05T11:00:00';
const T4 = '2024-03-05T12:00:00';

/**
 * A CRM keeping its copy of the directory in step: it creates a client's user, gives them a support line,
 * sets the client's managers, and after each step reads back only what changed since its last sync.
 */
describe('PartnerWebAPI2 CRM sync scenario: people, lines and managers read back with ChangedFrom', () => {
  const f = useMock();
  const ok = async (op: string, p: Record<string, ParamInput> = {}) => {
    const r = await callWith(f.soap11, op, p);
    expect(r.code, `${op}: ${JSON.stringify(r.data)}`).toBe('SUCCESS');
    return r.data;
  };
  const moveClockTo = (local: string) => setClock(f.mock.url, `${local}+03:00`);
  const changedSince = async (op: 'ClientUserRead' | 'UserServiceLineRead' | 'ClientRead', local: string) =>
    (await ok(op, { ChangedFrom: { dateTime: local } })) as Row[];
  const byLine = (rows: Row[]) => [...rows].sort((a, b) => String(a.ServiceID).localeCompare(String(b.ServiceID)));

  it('ClientUserAdd → UserServiceLineAdd → ClientSet*Manager → reads with ChangedFrom → ClientUserDelete', async () => {
    // Before the sync: supportLine does not connect new users by itself, so the CRM's UserServiceLineAdd creates the pair.
    await ok('ServiceLineKindEdit', { ServiceID: WELL_KNOWN.supportLine, AutoConnectServiceForClients: false });
    const clientBefore = ((await ok('ClientRead')) as Row[]).find((c) => c.ClientID === WELL_KNOWN.ownClient)!;
    const serviceManager = ((await ok('SpecialistRead')) as Row[]).find((s) => s.Deleted === 'false' && s.SpecialistID !== WELL_KNOWN.specialist)!.SpecialistID!;
    const autoLines = ((await ok('ServiceLineKindRead')) as Row[])
      .filter((l) => l.AutoConnectServiceForClients === 'true' && l.ServiceUsersAudience === 'ALL')
      .map((l) => l.ServiceID!);
    expect(autoLines.length).toBeGreaterThan(0);

    await moveClockTo(T1);
    for (const op of ['ClientUserRead', 'UserServiceLineRead', 'ClientRead'] as const) expect(await changedSince(op, T1)).toEqual([]);

    // 1. A new user of the client.
    const added = await callWith(f.soap11, 'ClientUserAdd', {
      ClientID: WELL_KNOWN.ownClient,
      Name: 'Марина',
      Surname: 'Белова',
      SecondaryName: 'Олеговна',
      Post: 'Главный бухгалтер',
      DepartmentID: WELL_KNOWN.ownClientDepartment,
      Phone: '+7 495 123-45-67',
      EMail: 'belova@romashka.ru',
    });
    expect(added.code).toBe('SUCCESS');
    const { ClientUserID: user, Login: login } = added.data as Row;
    expect(login).toMatch(/^\d{1,10}$/);
    const userRow = {
      ClientUserID: user,
      ClientID: WELL_KNOWN.ownClient,
      Deleted: 'false',
      Login: login,
      Name: 'Марина',
      Surname: 'Белова',
      SecondaryName: 'Олеговна',
      BirthDay: EMPTY_DATE,
      Post: 'Главный бухгалтер',
      DepartmentID: WELL_KNOWN.ownClientDepartment,
      Phone: '+7 495 123-45-67',
      EMail: 'belova@romashka.ru',
      CreatedByMe: 'true',
    };
    expect(await changedSince('ClientUserRead', T1)).toEqual([userRow]);
    expect(await changedSince('ClientRead', T1)).toEqual([]);
    const autoRows = autoLines.map((line) => ({ ServiceUserID: user, ServiceID: line, CreateTime: T1, ActivateDate: T1, ExpiresDate: EMPTY_DATE }));
    expect(byLine(await changedSince('UserServiceLineRead', T1))).toEqual(byLine(autoRows));

    // 2. A support line for the user, for a year from the next morning.
    await moveClockTo(T2);
    expect(
      await callWith(f.soap11, 'UserServiceLineAdd', {
        ServiceUserID: user,
        ServiceID: WELL_KNOWN.supportLine,
        ActivateDate: { dateTime: '2024-03-06T09:00:00' },
        ExpiresDate: { dateTime: '2025-03-06T09:00:00' },
      }),
    ).toEqual({ code: 'SUCCESS', data: null });
    const lineRow = { ServiceUserID: user, ServiceID: WELL_KNOWN.supportLine, CreateTime: T2, ActivateDate: '2024-03-06T09:00:00', ExpiresDate: '2025-03-06T09:00:00' };
    expect(await changedSince('UserServiceLineRead', T2)).toEqual([lineRow]);
    expect(byLine(await changedSince('UserServiceLineRead', T1))).toEqual(byLine([...autoRows, lineRow]));
    expect(await changedSince('ClientUserRead', T2)).toEqual([]);
    expect(await changedSince('ClientRead', T2)).toEqual([]);

    // 3. The client's managers.
    await moveClockTo(T3);
    expect(await callWith(f.soap11, 'ClientSetClientManager', { ClientID: WELL_KNOWN.ownClient, SpecialistID: WELL_KNOWN.specialist })).toEqual({ code: 'SUCCESS', data: null });
    expect(await callWith(f.soap11, 'ClientSetServiceManager', { ClientID: WELL_KNOWN.ownClient, SpecialistID: serviceManager })).toEqual({ code: 'SUCCESS', data: null });
    expect(await changedSince('ClientRead', T3)).toEqual([{ ...clientBefore, ClientManager: WELL_KNOWN.specialist, ServiceManager: serviceManager }]);
    expect(await changedSince('ClientUserRead', T3)).toEqual([]);
    expect(await changedSince('UserServiceLineRead', T3)).toEqual([]);
    // Precise to the second: one second later nothing has changed.
    expect(await changedSince('ClientRead', '2024-03-05T11:00:01')).toEqual([]);

    // 4. The user leaves: deleted, still read back with Deleted = true.
    await moveClockTo(T4);
    expect(await callWith(f.soap11, 'ClientUserDelete', { ClientUserID: user })).toEqual({ code: 'SUCCESS', data: null });
    expect(await changedSince('ClientUserRead', T4)).toEqual([{ ...userRow, Deleted: 'true' }]);
    expect(await changedSince('ClientRead', T4)).toEqual([]);
    const all = (await ok('ClientUserRead', { ClientID: WELL_KNOWN.ownClient })) as Row[];
    expect(all.find((u) => u.ClientUserID === user)).toEqual({ ...userRow, Deleted: 'true' });
    expect(await callWith(f.soap11, 'ClientUserEdit', { ClientUserID: user, Post: 'Бухгалтер' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientUserID' });
  });
});
