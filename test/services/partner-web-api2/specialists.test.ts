import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { startMock, type RunningMock } from '../../support/mock-server.js';
import { callWith, soapClient, type ParamInput } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

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

describe('PartnerWebAPI2 SpecialistAdd/Edit/Delete/SendWelcomeEmail (spec 3.39–3.41, 3.44)', () => {
  const f = useMock();
  const send = (op: string, p: Record<string, ParamInput> = {}) => callWith(f.soap11, op, p);
  const read = async (p: Record<string, ParamInput> = {}): Promise<Row[]> => {
    const r = await send('SpecialistRead', p);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const byId = (rows: Row[], id: string) => rows.find((r) => r.SpecialistID === id);
  const ok = { Name: 'Олег', EMail: 'oleg@demo-partner.ru' };
  const foreignSpecialist = WELL_KNOWN.servedForeignSpecialist;

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('SpecialistAdd issues a login; Edit and Delete change what SpecialistRead shows', async () => {
      const added = await callWith(client(), 'SpecialistAdd', {
        Name: 'Олег',
        Surname: 'Кузнецов',
        SecondaryName: 'Петрович',
        Password: 'pa55word',
        Birthday: { dateTime: '1988-11-03T00:00:00' },
        Post: 'Консультант',
        DepartmentID: WELL_KNOWN.department,
        Phone: '+7 900 111-22-33',
        EMail: 'олег@демо-партнёр.рф',
      });
      expect(added.code).toBe('SUCCESS');
      const { SpecialistID: id, Login: login } = added.data as Row;
      expect(login).toMatch(/^\d{1,10}$/);
      expect(byId(await read(), id as string)).toEqual({
        SpecialistID: id,
        CreatedAt: '2024-03-01T12:00:00',
        Deleted: 'false',
        Login: login,
        Name: 'Олег',
        Surname: 'Кузнецов',
        SecondaryName: 'Петрович',
        Birthday: '1988-11-03T00:00:00',
        Post: 'Консультант',
        DepartmentID: WELL_KNOWN.department,
        Phone: '+7 900 111-22-33',
        EMail: 'олег@демо-партнёр.рф',
      });
      expect(await callWith(client(), 'SpecialistEdit', { SpecialistID: id as string, Post: 'Старший консультант', BirthDay: { dateTime: '1988-11-04T00:00:00' }, DepartmentID: '' })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await read(), id as string)).toMatchObject({ Post: 'Старший консультант', Birthday: '1988-11-04T00:00:00', DepartmentID: null, Name: 'Олег' });
      expect(await callWith(client(), 'SpecialistDelete', { SpecialistID: id as string })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await read(), id as string)?.Deleted).toBe('true');
    });
  });

  it('an edit moves a specialist into the ChangedFrom window', async () => {
    const since = { ChangedFrom: { dateTime: '2024-03-01T11:59:00' } };
    expect(byId(await read(since), WELL_KNOWN.specialist)).toBeUndefined();
    expect(await send('SpecialistEdit', { SpecialistID: WELL_KNOWN.specialist, Phone: '+7 495 123-45-67' })).toEqual({ code: 'SUCCESS', data: null });
    expect(byId(await read(since), WELL_KNOWN.specialist)).toMatchObject({ Phone: '+7 495 123-45-67' });
  });

  it('SpecialistAdd answers each parameter error with its code and name', async () => {
    const add = (p: Record<string, ParamInput>) => send('SpecialistAdd', p);
    expect(await add({ EMail: ok.EMail })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Name' });
    expect(await add({ Name: ok.Name })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'EMail' });
    expect(await add({ ...ok, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await add({ ...ok, EMail: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'EMail' });
    expect(await add({ ...ok, Password: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Password' });
    expect(await add({ ...ok, Birthday: 'завтра' })).toEqual({ code: 'TYPE_MISMATCH', data: 'Birthday' });
    expect(await add({ ...ok, Surname: 3 })).toEqual({ code: 'TYPE_MISMATCH', data: 'Surname' });
    expect(await add({ ...ok, Name: 'Я'.repeat(21) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await add({ ...ok, Password: 'x'.repeat(11) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Password' });
    expect(await add({ ...ok, Post: 'Я'.repeat(51) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Post' });
    expect(await add({ ...ok, EMail: '.oleg@demo-partner.ru' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'EMail' });
    expect(await add({ ...ok, EMail: 'oleg@-demo.ru' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'EMail' });
    expect(await add({ ...ok, DepartmentID: WELL_KNOWN.foreignDepartment })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await add({ ...ok, DepartmentID: WELL_KNOWN.ownClientDepartment })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await send('DepartmentDelete', { DepartmentID: WELL_KNOWN.department })).toEqual({ code: 'SUCCESS', data: null });
    expect(await add({ ...ok, DepartmentID: WELL_KNOWN.department })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await add({ ...ok, Surname: '', SecondaryName: '', Birthday: { dateTime: '0001-01-01T00:00:00' }, Post: '', DepartmentID: '', Phone: '' })).toMatchObject({ code: 'SUCCESS' });
  });

  it('SpecialistEdit, Delete and SendWelcomeEmail refuse other partners\' and deleted specialists', async () => {
    for (const op of ['SpecialistEdit', 'SpecialistDelete', 'SpecialistSendWelcomeEmail']) {
      expect(await send(op, {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'SpecialistID' });
      expect(await send(op, { SpecialistID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'SpecialistID' });
      expect(await send(op, { SpecialistID: 'иванов' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
      expect(await send(op, { SpecialistID: foreignSpecialist })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
      expect(await send(op, { SpecialistID: WELL_KNOWN.ownClientUser })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    }
    expect(await send('SpecialistEdit', { SpecialistID: WELL_KNOWN.specialist, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await send('SpecialistEdit', { SpecialistID: WELL_KNOWN.specialist, EMail: 'a@b' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'EMail' });
    expect(await send('SpecialistDelete', { SpecialistID: WELL_KNOWN.specialist })).toEqual({ code: 'SUCCESS', data: null });
    expect(await send('SpecialistEdit', { SpecialistID: WELL_KNOWN.specialist, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await send('SpecialistSendWelcomeEmail', { SpecialistID: WELL_KNOWN.specialist })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await send('SpecialistDelete', { SpecialistID: WELL_KNOWN.specialist })).toEqual({ code: 'SUCCESS', data: null });
  });

  it('SpecialistSendWelcomeEmail keeps the e-mail it would send in the outbox', async () => {
    const me = byId(await read(), WELL_KNOWN.specialist) as Row;
    expect(await send('SpecialistSendWelcomeEmail', { SpecialistID: WELL_KNOWN.specialist })).toEqual({ code: 'SUCCESS', data: null });
    const mails = f.mock.runtime.db.prepare("SELECT kind, operation, recipient, details FROM outbox WHERE account = 'demo'").all() as Record<string, string>[];
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'welcome-email', operation: 'SpecialistSendWelcomeEmail', recipient: me.EMail });
    expect(JSON.parse(mails[0].details)).toMatchObject({ to: me.EMail, login: Number(me.Login), sentAt: '2024-03-01T12:00:00' });
  });
});
