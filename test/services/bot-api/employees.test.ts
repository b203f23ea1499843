import type { Client } from 'soap';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith } from '../../support/soap-client.js';
import { count, INFOBASE, useBotMock } from '../../support/use-bot-mock.js';

type Row = Record<string, string | null>;

describe('BotAPI employees (spec 5.1–5.3, 5.10)', () => {
  const f = useBotMock();

  const employees = async (client: Client): Promise<Row[]> => {
    const r = await callWith(client, 'GetEmployeesList', { InfobaseID: INFOBASE });
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const specialist = async (id: string): Promise<Row | undefined> =>
    ((await callWith(f.soap11, 'SpecialistRead')).data as Row[]).find((r) => r.SpecialistID === id);

  describe.each([
    ['SOAP 1.1', () => f.bot11],
    ['SOAP 1.2', () => f.bot12],
  ])('over %s', (_name, bot) => {
    it('AddEmployee → listed by both APIs → DeleteEmployee → RestoreEmployee', async () => {
      const added = await callWith(bot(), 'AddEmployee', {
        InfobaseID: INFOBASE,
        Name: 'Вероника',
        Surname: 'Бот-Тестова',
        SecondaryName: '',
        Email: 'v.testova@demo-partner.ru',
      });
      expect(added.code).toBe('SUCCESS');
      const id = (added.data as Row).EmployeeID as string;
      expect(Object.keys(added.data as Row)).toEqual(['EmployeeID']);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);

      const listed = (await employees(bot())).find((r) => r.EmployeeID === id);
      expect(listed).toEqual({
        EmployeeID: id,
        Name: 'Вероника',
        Surname: 'Бот-Тестова',
        SecondaryName: '',
        Email: 'v.testova@demo-partner.ru',
        Login: expect.stringMatching(/^\d{1,10}$/),
      });
      expect(await specialist(id)).toMatchObject({ SpecialistID: id, Deleted: 'false', Login: listed?.Login, Name: 'Вероника', EMail: 'v.testova@demo-partner.ru' });

      expect(await callWith(bot(), 'DeleteEmployee', { InfobaseID: INFOBASE, EmployeeID: id })).toEqual({ code: 'SUCCESS', data: { Результат: 'true' } });
      expect((await employees(bot())).find((r) => r.EmployeeID === id)).toBeUndefined();
      expect(await specialist(id)).toMatchObject({ Deleted: 'true' });
      expect(await callWith(bot(), 'DeleteEmployee', { InfobaseID: INFOBASE, EmployeeID: id })).toEqual({ code: 'SUCCESS', data: { Результат: 'false' } });

      expect(await callWith(bot(), 'RestoreEmployee', { InfobaseID: INFOBASE, EmployeeID: id })).toEqual({ code: 'SUCCESS', data: { Результат: 'true' } });
      expect((await employees(bot())).find((r) => r.EmployeeID === id)).toEqual(listed);
      expect(await specialist(id)).toMatchObject({ Deleted: 'false' });
      expect(await callWith(bot(), 'RestoreEmployee', { InfobaseID: INFOBASE, EmployeeID: id })).toEqual({ code: 'SUCCESS', data: { Результат: 'false' } });
    });
  });

  it('GetEmployeesList: own employees that are not deleted, in the column order of WIRE-FORMAT §9, with or without InfobaseID', async () => {
    const rows = await employees(f.bot11);
    expect(Object.keys(rows[0])).toEqual(['EmployeeID', 'Name', 'Surname', 'SecondaryName', 'Email', 'Login']);
    const own = f.mock.runtime.db
      .prepare("SELECT id FROM specialists WHERE account = 'demo' AND partner_id = ? AND deleted = 0")
      .all(WELL_KNOWN.partner) as { id: string }[];
    expect(rows.map((r) => r.EmployeeID).sort()).toEqual(own.map((r) => r.id).sort());
    expect(rows).toHaveLength(14);
    expect(rows.find((r) => r.EmployeeID === WELL_KNOWN.specialist)).toBeDefined();
    expect(await callWith(f.bot11, 'GetEmployeesList')).toEqual({ code: 'SUCCESS', data: rows });
    expect(await callWith(f.bot11, 'GetEmployeesList', { InfobaseID: '' })).toEqual({ code: 'SUCCESS', data: rows });
  });

  it('GetEmployeesList has the day limit of 100 calls an hour (WIRE-FORMAT §9)', async () => {
    const { runtime } = f.mock;
    const now = runtime.clocks.now('demo');
    for (let i = 0; i < 99; i++) runtime.limits.consume('demo', 'GetEmployeesList', { dayPerHour: 100 }, now);
    expect((await callWith(f.bot11, 'GetEmployeesList')).code).toBe('SUCCESS');
    expect(await callWith(f.bot11, 'GetEmployeesList')).toEqual({ code: 'OUT_OF_LIMIT', data: 'Превышен лимит вызовов операции GetEmployeesList: 100 в час' });
    expect((await callWith(f.bot11, 'AddEmployee', { InfobaseID: INFOBASE, Name: 'Лев', Surname: '', SecondaryName: '', Email: 'lev@demo-partner.ru' })).code).toBe('SUCCESS');
  });

  it('issues each new employee its own login, one past the largest in the world, and leaves a welcome e-mail', async () => {
    const db = f.mock.runtime.db;
    const top = (db.prepare("SELECT MAX(login) AS n FROM (SELECT login FROM specialists WHERE account = 'demo' UNION ALL SELECT login FROM client_users WHERE account = 'demo')").get() as { n: number }).n;
    const add = (email: string) => callWith(f.bot11, 'AddEmployee', { InfobaseID: INFOBASE, Name: 'Илья', Surname: '', SecondaryName: '', Email: email });
    const first = ((await add('ilya1@demo-partner.ru')).data as Row).EmployeeID;
    const second = ((await add('ilya2@demo-partner.ru')).data as Row).EmployeeID;
    const logins = (await employees(f.bot11)).filter((r) => r.EmployeeID === first || r.EmployeeID === second).map((r) => Number(r.Login));
    expect(logins.sort()).toEqual([top + 1, top + 2]);
    const mails = db.prepare("SELECT recipient FROM outbox WHERE account = 'demo' AND kind = 'welcome-email' AND operation = 'AddEmployee' ORDER BY recipient").all();
    expect(mails).toEqual([{ recipient: 'ilya1@demo-partner.ru' }, { recipient: 'ilya2@demo-partner.ru' }]);
  });

  it('AddEmployee checks its parameters by the spec table and adds nothing when refused', async () => {
    const db = f.mock.runtime.db;
    const before = count(db, 'specialists');
    const valid = { InfobaseID: INFOBASE, Name: 'Анна', Surname: 'Ким', SecondaryName: 'Олеговна', Email: 'anna.kim@demo-partner.ru' };
    const without = (name: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== name));
    for (const name of Object.keys(valid)) expect(await callWith(f.bot11, 'AddEmployee', without(name))).toEqual({ code: 'PARAM_NOT_EXIST', data: name });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, InfobaseID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'InfobaseID' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, InfobaseID: 'И'.repeat(37) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'InfobaseID' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Name: 'А'.repeat(21) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Name: 5 })).toEqual({ code: 'TYPE_MISMATCH', data: 'Name' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Surname: 'К'.repeat(21) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Surname' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, SecondaryName: 'О'.repeat(21) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'SecondaryName' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Email: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Email' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Email: 'anna.kim@demo' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Email' });
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Email: 'anna kim@demo-partner.ru' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Email' });
    expect(count(db, 'specialists')).toBe(before);
    expect(await callWith(f.bot11, 'AddEmployee', { ...valid, Name: 'А'.repeat(20), Surname: '', SecondaryName: '' })).toMatchObject({ code: 'SUCCESS' });
    expect(count(db, 'specialists')).toBe(before + 1);
  });

  it('DeleteEmployee and RestoreEmployee accept only own employees', async () => {
    const foreign = (f.mock.runtime.db.prepare("SELECT id FROM specialists WHERE account = 'demo' AND partner_id = ?").get(WELL_KNOWN.otherPartner) as { id: string }).id;
    for (const op of ['DeleteEmployee', 'RestoreEmployee']) {
      expect(await callWith(f.bot11, op, { InfobaseID: INFOBASE, EmployeeID: foreign })).toEqual({ code: 'UID_NOT_CORRECT', data: 'EmployeeID' });
      expect(await callWith(f.bot11, op, { InfobaseID: INFOBASE, EmployeeID: WELL_KNOWN.ownClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'EmployeeID' });
      expect(await callWith(f.bot11, op, { InfobaseID: INFOBASE, EmployeeID: 'e001' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'EmployeeID' });
      expect(await callWith(f.bot11, op, { InfobaseID: INFOBASE, EmployeeID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'EmployeeID' });
      expect(await callWith(f.bot11, op, { InfobaseID: INFOBASE })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'EmployeeID' });
      expect(await callWith(f.bot11, op, { EmployeeID: WELL_KNOWN.specialist })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'InfobaseID' });
    }
  });
});
