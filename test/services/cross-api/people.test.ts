import type { Client } from 'soap';
import { beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { CONTACT_TYPE } from '../../../src/services/partner-api/dictionaries/values.js';
import { callWith } from '../../support/soap-client.js';
import { soapClient } from '../../support/soap-client.js';
import { operate, rows, usePartnerApi } from '../../support/partner-api.js';

type Row = Record<string, string | null>;

/** People made through one API, read through the others: one store, one id per person. */
describe('people across PartnerWebAPI2, PartnerAPI and BotAPI', () => {
  const api = usePartnerApi();
  let bot: Client;
  beforeAll(async () => {
    bot = await soapClient(api.mock.url, 'BotAPI');
  });

  const clientUsers = async (clientId: string): Promise<Row[]> => {
    const r = await callWith(api.web, 'ClientUserRead', { ClientID: clientId });
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };

  it('ClientUserAdd → client_user_read, _read_with_birthday and client_user_contact_read show the same person', async () => {
    const added = await callWith(api.web, 'ClientUserAdd', {
      ClientID: WELL_KNOWN.ownClient,
      Name: 'Анна',
      Surname: 'Соколова',
      SecondaryName: 'Игоревна',
      BirthDay: { dateTime: '1990-05-17T00:00:00' },
      EMail: 'anna.sokolova@romashka.ru',
    });
    expect(added.code).toBe('SUCCESS');
    const id = (added.data as Row).ClientUserID as string;
    const person = { client_user_id: id, client_id: WELL_KNOWN.ownClient, client_user_name: 'Анна', client_user_family_name: 'Соколова', client_user_father_name: 'Игоревна' };
    expect(await rows(api.client, 'client_user_read', { client_user_id: id })).toEqual([{ ...person, client_user_del: 'false' }]);
    expect(await rows(api.client, 'client_user_read_with_birthday', { client_user_id: id })).toEqual([
      { ...person, client_user_birthday: '1990-05-17T00:00:00', client_user_del: 'false' },
    ]);
    expect(await rows(api.client, 'client_user_contact_read', { client_user_id: id, contact_type_id: CONTACT_TYPE.personEmail })).toEqual([
      { client_user_id: id, contact_type_id: CONTACT_TYPE.personEmail, contact_view: 'anna.sokolova@romashka.ru' },
    ]);
  });

  it('client_user_add → ClientUserRead lists it with the same id and names and a login of its own', async () => {
    const [added] = await rows(api.client, 'client_user_add', {
      client_id: WELL_KNOWN.ownClient,
      client_user_name: 'Пётр',
      client_user_family_name: 'Лебедев',
      client_user_father_name: 'Сергеевич',
    });
    const id = added.client_user_id as string;
    expect(await operate(api.client, 'client_user_set_birthday', { client_user_id: id, birthday: '1985-11-02' })).toBe('true');
    await operate(api.client, 'client_user_contact_edit', { client_user_id: id, contact_type_id: CONTACT_TYPE.personEmail, contact_view: 'lebedev@romashka.ru' });
    const users = await clientUsers(WELL_KNOWN.ownClient);
    const read = users.find((u) => u.ClientUserID === id);
    expect(read).toMatchObject({
      ClientUserID: id,
      ClientID: WELL_KNOWN.ownClient,
      Deleted: 'false',
      Name: 'Пётр',
      Surname: 'Лебедев',
      SecondaryName: 'Сергеевич',
      BirthDay: '1985-11-02T00:00:00',
      EMail: 'lebedev@romashka.ru',
      CreatedByMe: 'true',
    });
    const logins = users.map((u) => Number(u.Login));
    expect(Number(read?.Login)).toBe(Math.max(...logins));
    expect(new Set(logins).size).toBe(logins.length);
  });

  it('client_delete → ClientRead shows the client Deleted and ClientUserRead its users Deleted', async () => {
    const [client] = await rows(api.client, 'client_add', { client_name: 'ООО «Вектор»', region_id: WELL_KNOWN.regionMoscow });
    const clientId = client.client_id as string;
    const first = await callWith(api.web, 'ClientUserAdd', { ClientID: clientId, Name: 'Ольга', EMail: 'olga@vektor.ru' });
    const [second] = await rows(api.client, 'client_user_add', { client_id: clientId, client_user_name: 'Иван' });
    expect(first.code).toBe('SUCCESS');

    await rows(api.client, 'client_delete', { client_id: clientId });
    const read = await callWith(api.web, 'ClientRead', { ChangedFrom: { dateTime: '2024-03-01T00:00:00' } });
    expect((read.data as Row[]).filter((c) => c.ClientID === clientId).map((c) => c.Deleted)).toEqual(['true']);
    const users = await clientUsers(clientId);
    expect(users.map((u) => [u.ClientUserID, u.Deleted]).sort()).toEqual(
      [
        [(first.data as Row).ClientUserID, 'true'],
        [second.client_user_id, 'true'],
      ].sort(),
    );
  });

  it('partner_user_add → SpecialistRead and BotAPI GetEmployeesList list it; logins keep rising across the APIs', async () => {
    const [added] = await rows(api.client, 'partner_user_add', { partner_user_name: 'Мария', partner_user_family_name: 'Орлова', partner_user_father_name: 'Андреевна' });
    const id = added.partner_user_id as string;
    const specialists = (await callWith(api.web, 'SpecialistRead')).data as Row[];
    expect(specialists.find((s) => s.SpecialistID === id)).toMatchObject({ SpecialistID: id, Name: 'Мария', Surname: 'Орлова', SecondaryName: 'Андреевна', Deleted: 'false' });
    const employees = (await callWith(bot, 'GetEmployeesList')).data as Row[];
    const employee = employees.find((e) => e.EmployeeID === id) as Row;
    expect(employee).toMatchObject({ EmployeeID: id, Name: 'Мария', Surname: 'Орлова', SecondaryName: 'Андреевна', Email: '' });

    const viaBot = await callWith(bot, 'AddEmployee', { InfobaseID: 'ib-1', Name: 'Глеб', Surname: 'Зуев', SecondaryName: '', Email: 'zuev@example.ru' });
    const viaWeb = await callWith(api.web, 'SpecialistAdd', { Name: 'Вера', EMail: 'vera@example.ru' });
    const [viaLegacy] = await rows(api.client, 'client_user_add', { client_id: WELL_KNOWN.ownClient, client_user_name: 'Юрий' });
    const after = (await callWith(bot, 'GetEmployeesList')).data as Row[];
    const loginOf = (personId: unknown) => Number(after.find((e) => e.EmployeeID === personId)?.Login);
    const legacyLogin = Number((await clientUsers(WELL_KNOWN.ownClient)).find((u) => u.ClientUserID === viaLegacy.client_user_id)?.Login);
    const sequence = [Number(employee.Login), loginOf((viaBot.data as Row).EmployeeID), Number((viaWeb.data as Row).Login), legacyLogin];
    expect(sequence).toEqual([sequence[0], sequence[0] + 1, sequence[0] + 2, sequence[0] + 3]);
  });
});
