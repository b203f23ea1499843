import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { INFOBASE, useBotMock } from '../../support/use-bot-mock.js';

type Row = Record<string, string | null>;

const EMPTY_DATE = '0001-01-01T00:00:00';
const NOW = '2024-03-01T12:00:00';

/** Spec 3.34–3.36 AutoConnectServiceForClients / AutoConnectServiceForSpecialists: lines given to people on creation. */
describe('PartnerWebAPI2 auto-connect of new people to support lines', () => {
  const f = useBotMock();
  const send = async (op: string, p: Record<string, ParamInput> = {}) => {
    const r = await callWith(f.soap11, op, p);
    expect(r.code, `${op}: ${JSON.stringify(r.data)}`).toBe('SUCCESS');
    return r.data;
  };
  const addLine = async (p: Record<string, ParamInput>) => ((await send('ServiceLineKindAdd', p)) as Row).ServiceID as string;
  /** Lines of the person as UserServiceLineRead shows them, sorted. */
  const linesOf = async (person: string) =>
    ((await send('UserServiceLineRead')) as Row[])
      .filter((r) => r.ServiceUserID === person)
      .map((r) => r.ServiceID)
      .sort();
  /** The partner's live lines whose settings (ServiceLineKindRead) say to connect new people of that kind. */
  const expectedLines = async (flag: 'AutoConnectServiceForClients' | 'AutoConnectServiceForSpecialists') =>
    ((await send('ServiceLineKindRead')) as Row[])
      .filter((l) => l[flag] === 'true' && l.Deleted === 'false' && (flag === 'AutoConnectServiceForSpecialists' || l.ServiceUsersAudience === 'ALL'))
      .map((l) => l.ServiceID)
      .sort();

  it('ClientUserAdd connects the new user to the lines set to connect clients, for everyone, live, from now on', async () => {
    const forClients = await addLine({ Name: 'Авто для клиентов', AutoConnectServiceForClients: true, AutoConnectServiceForSpecialists: false });
    const forStaff = await addLine({ Name: 'Авто для сотрудников', AutoConnectServiceForClients: false, AutoConnectServiceForSpecialists: true });
    const staffOnly = await addLine({ Name: 'Только своим', AutoConnectServiceForClients: true, ServiceUsersAudience: 'FORSPECIALISTS' });
    const deleted = await addLine({ Name: 'Удаляемая', AutoConnectServiceForClients: true });
    await send('ServiceLineKindDelete', { ServiceID: deleted });

    const { ClientUserID: user } = (await send('ClientUserAdd', { ClientID: WELL_KNOWN.ownClient, Name: 'Ольга', EMail: 'olga@romashka.ru' })) as Row;
    const lines = await linesOf(user as string);
    expect(lines).toEqual(await expectedLines('AutoConnectServiceForClients'));
    expect(lines).toContain(forClients);
    expect(lines).not.toContain(forStaff);
    expect(lines).not.toContain(staffOnly);
    expect(lines).not.toContain(deleted);
    const row = ((await send('UserServiceLineRead')) as Row[]).find((r) => r.ServiceUserID === user && r.ServiceID === forClients);
    expect(row).toEqual({ ServiceUserID: user, ServiceID: forClients, CreateTime: NOW, ActivateDate: NOW, ExpiresDate: EMPTY_DATE });
  });

  it('SpecialistAdd and BotAPI AddEmployee connect the new specialist to the lines set to connect specialists', async () => {
    const forStaff = await addLine({ Name: 'Авто для сотрудников', AutoConnectServiceForSpecialists: true, ServiceUsersAudience: 'FORSPECIALISTS' });
    const forClients = await addLine({ Name: 'Авто для клиентов', AutoConnectServiceForClients: true, AutoConnectServiceForSpecialists: false });
    const expected = await expectedLines('AutoConnectServiceForSpecialists');
    expect(expected).toContain(forStaff);

    const { SpecialistID: specialist } = (await send('SpecialistAdd', { Name: 'Пётр', Surname: 'Ильин', EMail: 'ilin@demo-partner.ru' })) as Row;
    expect(await linesOf(specialist as string)).toEqual(expected);
    expect(await linesOf(specialist as string)).not.toContain(forClients);

    const bot = await callWith(f.bot11, 'AddEmployee', { InfobaseID: INFOBASE, Name: 'Вера', Surname: 'Лосева', SecondaryName: '', Email: 'loseva@demo-partner.ru' });
    expect(bot.code).toBe('SUCCESS');
    expect(await linesOf((bot.data as Row).EmployeeID as string)).toEqual(expected);
  });

  it('a line whose setting is switched off no longer takes new people; people added before keep it', async () => {
    const line = await addLine({ Name: 'Авто', AutoConnectServiceForClients: true, AutoConnectServiceForSpecialists: true });
    const { ClientUserID: before } = (await send('ClientUserAdd', { ClientID: WELL_KNOWN.ownClient, Name: 'Первый', EMail: 'first@romashka.ru' })) as Row;
    await send('ServiceLineKindEdit', { ServiceID: line, AutoConnectServiceForClients: false });
    const { ClientUserID: after } = (await send('ClientUserAdd', { ClientID: WELL_KNOWN.ownClient, Name: 'Второй', EMail: 'second@romashka.ru' })) as Row;
    expect(await linesOf(before as string)).toContain(line);
    expect(await linesOf(after as string)).not.toContain(line);
    const { SpecialistID: specialist } = (await send('SpecialistAdd', { Name: 'Третий', EMail: 'third@demo-partner.ru' })) as Row;
    expect(await linesOf(specialist as string)).toContain(line);
  });
});
