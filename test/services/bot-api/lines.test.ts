import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith } from '../../support/soap-client.js';
import { myCompanyLineId } from '../../../src/store/support-lines.js';
import { INFOBASE, useBotMock, usersOn } from '../../support/use-bot-mock.js';

type Row = Record<string, string | null>;

describe('BotAPI lines and consumers (spec 5.4–5.6)', () => {
  const f = useBotMock();
  const db = () => f.mock.runtime.db;
  const rowsOf = async (op: string, params: Record<string, string> = { InfobaseID: INFOBASE }): Promise<Row[]> => {
    const r = await callWith(f.bot12, op, params);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };

  it('GetSupportLinesList: «Моя компания» first (Predefined), then own and imported lines', async () => {
    expect(WELL_KNOWN.myCompanyLine).toBe(myCompanyLineId(WELL_KNOWN.partner));
    const rows = await rowsOf('GetSupportLinesList');
    expect(Object.keys(rows[0])).toEqual(['SupportLineID', 'DisplayedName', 'Predefined']);
    expect(rows[0]).toEqual({ SupportLineID: WELL_KNOWN.myCompanyLine, DisplayedName: 'Моя компания', Predefined: 'true' });
    expect(rows.find((r) => r.SupportLineID === WELL_KNOWN.supportLine)).toEqual({
      SupportLineID: WELL_KNOWN.supportLine,
      DisplayedName: 'Линия консультации по 1С',
      Predefined: 'false',
    });
    expect(rows.find((r) => r.SupportLineID === WELL_KNOWN.vendorLine)).toMatchObject({ Predefined: 'false' });
    // 3 own lines, 1 imported: the vendor's own line is not the partner's.
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.Predefined === 'true')).toHaveLength(1);
  });

  it('GetLinesToConsumers: every client user served on the partner\'s lines now, or one consumer', async () => {
    const rows = await rowsOf('GetLinesToConsumers');
    expect(Object.keys(rows[0])).toEqual(['ConsumerID', 'SupportLineID']);
    const expected = db()
      .prepare(
        `SELECT lu.user_id AS ConsumerID, lu.line_id AS SupportLineID FROM line_users lu
         JOIN support_lines l ON l.account = lu.account AND l.id = lu.line_id
         JOIN client_users u ON u.account = lu.account AND u.id = lu.user_id
         WHERE lu.account = 'demo' AND l.partner_id = ? AND u.deleted = 0`,
      )
      .all(WELL_KNOWN.partner) as Row[];
    const key = (r: Row) => `${r.ConsumerID}/${r.SupportLineID}`;
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
    const thirdParty = usersOn(db(), WELL_KNOWN.supportLine, WELL_KNOWN.thirdPartyClient)[0];
    expect(rows.map(key)).toContain(`${thirdParty}/${WELL_KNOWN.supportLine}`);

    const consumer = usersOn(db(), WELL_KNOWN.supportLine, WELL_KNOWN.ownClient)[0];
    const one = await rowsOf('GetLinesToConsumers', { InfobaseID: INFOBASE, ConsumerID: consumer });
    expect(one.length).toBeGreaterThan(0);
    expect(one).toEqual(rows.filter((r) => r.ConsumerID === consumer));
    expect(one).toContainEqual({ ConsumerID: consumer, SupportLineID: WELL_KNOWN.supportLine });
  });

  it('GetLinesToConsumers: ConsumerID must be someone the partner serves', async () => {
    const invisible = (db().prepare("SELECT id FROM client_users WHERE account = 'demo' AND client_id = ?").get(WELL_KNOWN.invisibleClient) as { id: string }).id;
    const call = (params: Record<string, string>) => callWith(f.bot11, 'GetLinesToConsumers', params);
    expect(await call({ InfobaseID: INFOBASE, ConsumerID: invisible })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ConsumerID' });
    expect(await call({ InfobaseID: INFOBASE, ConsumerID: WELL_KNOWN.specialist })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ConsumerID' });
    expect(await call({ InfobaseID: INFOBASE, ConsumerID: 'not-a-uuid' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ConsumerID' });
    expect(await call({ InfobaseID: INFOBASE, ConsumerID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ConsumerID' });
    expect(await call({ ConsumerID: invisible })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'InfobaseID' });
  });

  it('GetConsumersList: everyone who gets or got support on the partner\'s lines, third parties\' users included', async () => {
    const rows = await rowsOf('GetConsumersList');
    expect(Object.keys(rows[0])).toEqual(['ConsumerID', 'Name', 'Surname', 'SecondaryName', 'Email']);
    const ids = new Set(rows.map((r) => r.ConsumerID));
    expect(ids.size).toBe(rows.length);
    const usersOf = (clientId: string) =>
      (db().prepare("SELECT id, name, surname, secondary_name, email, deleted FROM client_users WHERE account = 'demo' AND client_id = ?").all(clientId) as Row[]);
    for (const u of usersOf(WELL_KNOWN.thirdPartyClient).filter((u) => Number(u.deleted) === 0)) expect(ids.has(u.id)).toBe(true);
    for (const u of usersOf(WELL_KNOWN.invisibleClient)) expect(ids.has(u.id)).toBe(false);
    const sample = usersOf(WELL_KNOWN.ownClient).find((u) => ids.has(u.id)) as Row;
    expect(rows.find((r) => r.ConsumerID === sample.id)).toEqual({
      ConsumerID: sample.id,
      Name: sample.name,
      Surname: sample.surname,
      SecondaryName: sample.secondary_name,
      Email: sample.email,
    });
    expect(await callWith(f.bot11, 'GetConsumersList', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'InfobaseID' });
    expect(await callWith(f.bot11, 'GetSupportLinesList', { InfobaseID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'InfobaseID' });
    expect(await callWith(f.bot11, 'GetSupportLinesList', { InfobaseID: 7 })).toEqual({ code: 'TYPE_MISMATCH', data: 'InfobaseID' });
  });
});
