import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

const LIVE_COLUMNS = ['ClientUserID', 'ClientID', 'Deleted', 'Login', 'Name', 'Surname', 'SecondaryName', 'BirthDay', 'Post', 'DepartmentID', 'Phone', 'EMail', 'CreatedByMe'];

describe('PartnerWebAPI2 client users (spec 3.25–3.28, 3.43)', () => {
  const f = useMock();
  const send = (op: string, p: Record<string, ParamInput> = {}) => callWith(f.soap11, op, p);
  const read = async (p: Record<string, ParamInput> = {}): Promise<Row[]> => {
    const r = await send('ClientUserRead', p);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const byId = (rows: Row[], id: string) => rows.find((r) => r.ClientUserID === id);
  const outbox = () =>
    f.mock.runtime.db.prepare("SELECT kind, operation, recipient, details, created_at FROM outbox WHERE account = 'demo' ORDER BY created_at").all() as Record<string, string>[];

  it('ClientUserRead lists own users, served third-party users and served specialists of other partners, in the live column order', async () => {
    const rows = await read();
    expect(Object.keys(rows[0])).toEqual(LIVE_COLUMNS);
    expect(byId(rows, WELL_KNOWN.ownClientUser)).toMatchObject({ ClientID: WELL_KNOWN.ownClient, Deleted: 'false', DepartmentID: WELL_KNOWN.ownClientDepartment, CreatedByMe: 'true' });
    expect(byId(rows, WELL_KNOWN.ownClientUser)?.Login).toMatch(/^\d{6}$/);
    expect(byId(rows, WELL_KNOWN.deletedClientUser)).toMatchObject({ Deleted: 'true', CreatedByMe: 'true' });
    expect(byId(rows, WELL_KNOWN.thirdPartyClientUser)).toMatchObject({ ClientID: WELL_KNOWN.thirdPartyClient, CreatedByMe: 'false', DepartmentID: WELL_KNOWN.thirdPartyClientDepartment });
    expect(byId(rows, WELL_KNOWN.servedForeignSpecialist)).toMatchObject({ ClientID: WELL_KNOWN.otherPartner, CreatedByMe: 'false', DepartmentID: null });
    expect(byId(rows, WELL_KNOWN.specialist)).toBeUndefined();
    expect(rows.some((r) => r.ClientID === WELL_KNOWN.invisibleClient)).toBe(false);
    expect(rows.every((r) => /^\d{4}-\d\d-\d\dT00:00:00$/.test(r.BirthDay ?? ''))).toBe(true);

    const ofPartner = await read({ ClientID: WELL_KNOWN.otherPartner });
    expect(ofPartner.map((r) => r.ClientUserID)).toEqual([WELL_KNOWN.servedForeignSpecialist]);
    const ofOwn = await read({ ClientID: WELL_KNOWN.ownClient });
    expect(ofOwn.every((r) => r.ClientID === WELL_KNOWN.ownClient)).toBe(true);
    expect(byId(ofOwn, WELL_KNOWN.ownClientUser)).toBeDefined();
  });

  it('ClientUserRead checks its parameters', async () => {
    expect(await send('ClientUserRead', { ClientID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientID' });
    expect(await send('ClientUserRead', { ClientID: WELL_KNOWN.invisibleClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await send('ClientUserRead', { ChangedFrom: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: 'ChangedFrom' });
    expect(await send('ClientUserRead', { ChangedFrom: 'вчера' })).toEqual({ code: 'TYPE_MISMATCH', data: 'ChangedFrom' });
  });

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('ClientUserAdd issues a login; Edit and Delete change what ClientUserRead shows', async () => {
      const added = await callWith(client(), 'ClientUserAdd', {
        ClientID: WELL_KNOWN.ownClient,
        Name: 'Анна',
        Surname: 'Смирнова',
        SecondaryName: 'Игоревна',
        Password: 'Секрет123',
        BirthDay: { dateTime: '1990-05-17T00:00:00' },
        Post: 'Кассир',
        DepartmentID: WELL_KNOWN.ownClientDepartment,
        Phone: '+7 912 000-00-00, +7 495 000-00-00',
        EMail: 'анна.смирнова@ромашка.рф',
      });
      expect(added.code).toBe('SUCCESS');
      const { ClientUserID: id, Login: login } = added.data as Row;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(login).toMatch(/^\d{1,10}$/);
      expect(byId(await read(), id as string)).toEqual({
        ClientUserID: id,
        ClientID: WELL_KNOWN.ownClient,
        Deleted: 'false',
        Login: login,
        Name: 'Анна',
        Surname: 'Смирнова',
        SecondaryName: 'Игоревна',
        BirthDay: '1990-05-17T00:00:00',
        Post: 'Кассир',
        DepartmentID: WELL_KNOWN.ownClientDepartment,
        Phone: '+7 912 000-00-00, +7 495 000-00-00',
        EMail: 'анна.смирнова@ромашка.рф',
        CreatedByMe: 'true',
      });
      expect(await callWith(client(), 'ClientUserEdit', { ClientUserID: id as string, Surname: 'Петрова', Birthday: { dateTime: '0001-01-01T00:00:00' }, DepartmentID: '' })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await read(), id as string)).toMatchObject({ Surname: 'Петрова', BirthDay: '0001-01-01T00:00:00', DepartmentID: null, Name: 'Анна' });
      expect(await callWith(client(), 'ClientUserDelete', { ClientUserID: id as string })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await read(), id as string)?.Deleted).toBe('true');
    });
  });

  it('logins are issued one after another and never repeat', async () => {
    const add = async (name: string) => (await send('ClientUserAdd', { ClientID: WELL_KNOWN.ownClient, Name: name, EMail: `${name}@example.ru` })).data as Row;
    const first = Number((await add('first')).Login);
    const second = Number((await add('second')).Login);
    const specialist = Number(((await send('SpecialistAdd', { Name: 'Third', EMail: 'third@example.ru' })).data as Row).Login);
    expect([second, specialist]).toEqual([first + 1, first + 2]);
    const all = await read();
    expect(new Set(all.map((r) => r.Login)).size).toBe(all.length);
  });

  it('an edit moves a user into the ChangedFrom window', async () => {
    const since = { ChangedFrom: { dateTime: '2024-03-01T11:59:00' } };
    expect(byId(await read(since), WELL_KNOWN.ownClientUser)).toBeUndefined();
    expect(await send('ClientUserEdit', { ClientUserID: WELL_KNOWN.ownClientUser, Post: 'Главный бухгалтер' })).toEqual({ code: 'SUCCESS', data: null });
    expect(byId(await read(since), WELL_KNOWN.ownClientUser)).toMatchObject({ Post: 'Главный бухгалтер' });
  });

  it('ClientUserAdd answers each parameter error with its code and name', async () => {
    const ok = { ClientID: WELL_KNOWN.ownClient, Name: 'Анна', EMail: 'anna@example.ru' };
    const add = (p: Record<string, ParamInput>) => send('ClientUserAdd', p);
    expect(await add({ Name: 'Анна', EMail: 'anna@example.ru' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientID' });
    expect(await add({ ClientID: WELL_KNOWN.ownClient, EMail: 'anna@example.ru' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Name' });
    expect(await add({ ClientID: WELL_KNOWN.ownClient, Name: 'Анна' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'EMail' });
    expect(await add({ ...ok, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await add({ ...ok, EMail: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'EMail' });
    expect(await add({ ...ok, Password: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Password' });
    expect(await add({ ...ok, Name: 12 })).toEqual({ code: 'TYPE_MISMATCH', data: 'Name' });
    expect(await add({ ...ok, BirthDay: true })).toEqual({ code: 'TYPE_MISMATCH', data: 'BirthDay' });
    expect(await add({ ...ok, Name: 'Я'.repeat(21) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await add({ ...ok, Surname: 'Я'.repeat(21) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Surname' });
    expect(await add({ ...ok, SecondaryName: 'Я'.repeat(21) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'SecondaryName' });
    expect(await add({ ...ok, Password: '12345678901' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Password' });
    expect(await add({ ...ok, Post: 'Я'.repeat(51) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Post' });
    expect(await add({ ...ok, Phone: '1'.repeat(321) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Phone' });
    expect(await add({ ...ok, EMail: 'anna..k@example.ru' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'EMail' });
    expect(await add({ ...ok, EMail: 'anna@example.ru, boris@example.ru' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'EMail' });
    expect(await add({ ...ok, ClientID: WELL_KNOWN.invisibleClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await add({ ...ok, ClientID: WELL_KNOWN.deletedOwnClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await add({ ...ok, DepartmentID: 'бухгалтерия' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await add({ ...ok, DepartmentID: WELL_KNOWN.department })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await add({ ...ok, DepartmentID: WELL_KNOWN.thirdPartyClientDepartment })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await add({ ...ok, ClientID: WELL_KNOWN.partner })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await add({ ...ok, ClientID: WELL_KNOWN.thirdPartyClient })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await add({ ...ok, ClientID: WELL_KNOWN.otherPartner })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await add({ ...ok, Surname: '', SecondaryName: '', BirthDay: { dateTime: '0001-01-01T00:00:00' }, Post: '', DepartmentID: '', Phone: '' })).toMatchObject({ code: 'SUCCESS' });
    expect(await add({ ...ok, Birthday: { dateTime: '1985-01-02T00:00:00' } })).toMatchObject({ code: 'SUCCESS' });
  });

  it('ClientUserEdit, Delete and SendWelcomeEmail: third-party users are read-only, deleted ones cannot be edited', async () => {
    const edit = (p: Record<string, ParamInput>) => send('ClientUserEdit', p);
    expect(await edit({ Name: 'Без id' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientUserID' });
    expect(await edit({ ClientUserID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientUserID' });
    expect(await edit({ ClientUserID: WELL_KNOWN.ownClientUser, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await edit({ ClientUserID: WELL_KNOWN.ownClientUser, EMail: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'EMail' });
    expect(await edit({ ClientUserID: WELL_KNOWN.ownClientUser, EMail: 'не адрес' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'EMail' });
    expect(await edit({ ClientUserID: WELL_KNOWN.ownClientUser, DepartmentID: WELL_KNOWN.thirdPartyClientDepartment })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await edit({ ClientUserID: WELL_KNOWN.specialist, Name: 'Свой' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientUserID' });
    expect(await edit({ ClientUserID: WELL_KNOWN.deletedClientUser, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientUserID' });
    for (const id of [WELL_KNOWN.thirdPartyClientUser, WELL_KNOWN.servedForeignSpecialist]) {
      expect(await edit({ ClientUserID: id, Name: 'Чужой' })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientUserID' });
      expect(await send('ClientUserDelete', { ClientUserID: id })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientUserID' });
      expect(await send('ClientUserSendWelcomeEmail', { ClientUserID: id })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientUserID' });
    }
    expect(await send('ClientUserDelete', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientUserID' });
    expect(await send('ClientUserDelete', { ClientUserID: 'x' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientUserID' });
    expect(await send('ClientUserDelete', { ClientUserID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientUserID' });
    expect(await send('ClientUserDelete', { ClientUserID: 42 })).toEqual({ code: 'TYPE_MISMATCH', data: 'ClientUserID' });
    expect(await send('ClientUserSendWelcomeEmail', { ClientUserID: '00000000-0000-0000-0000-000000000000' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientUserID' });
    expect(await send('ClientUserDelete', { ClientUserID: WELL_KNOWN.deletedClientUser })).toEqual({ code: 'SUCCESS', data: null });
    expect(await send('ClientUserSendWelcomeEmail', { ClientUserID: WELL_KNOWN.deletedClientUser })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientUserID' });
    expect(await send('ClientUserSendWelcomeEmail', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientUserID' });
    expect(outbox()).toEqual([]);
  });

  it('ClientUserSendWelcomeEmail keeps the e-mail it would send in the outbox', async () => {
    const user = byId(await read(), WELL_KNOWN.ownClientUser) as Row;
    expect(await send('ClientUserSendWelcomeEmail', { ClientUserID: WELL_KNOWN.ownClientUser })).toEqual({ code: 'SUCCESS', data: null });
    const [mail] = outbox();
    expect(mail).toMatchObject({ kind: 'welcome-email', operation: 'ClientUserSendWelcomeEmail', recipient: user.EMail, created_at: '2024-03-01T09:00:00Z' });
    expect(JSON.parse(mail.details)).toMatchObject({ to: user.EMail, login: Number(user.Login), sentAt: '2024-03-01T12:00:00' });
  });
});
