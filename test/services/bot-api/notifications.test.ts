import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { consumerOnSupportLine, count, INFOBASE, useBotMock, usersOn } from '../../support/use-bot-mock.js';

const COLUMNS = ['EmployeeID', 'SupportLineID', 'DescriptionURL', 'DescriptionHint'];

describe('BotAPI SendNotification (spec 5.7, WIRE-FORMAT §9)', () => {
  const f = useBotMock();
  const db = () => f.mock.runtime.db;

  const send = (rows: ParamInput[][], columns = COLUMNS, extra: Record<string, ParamInput> = {}) =>
    callWith(f.bot11, 'SendNotification', {
      InfobaseID: INFOBASE,
      Name: 'Обновление 1С:Бухгалтерии',
      Subject: 'Вышел релиз 3.0.150',
      Text: 'Обновим вашу базу сегодня вечером.',
      Recipients: { table: { columns, rows } },
      ...extra,
    });

  const setExtendedFeatures = async (on: boolean) => {
    const res = await fetch(`${f.mock.url}/admin/api/accounts/demo/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ extendedFeatures: on }),
    });
    expect(res.status).toBe(200);
  };

  it('posts a chat message and an outbox entry per recipient and answers the NotificationID', async () => {
    const consumer = consumerOnSupportLine(db());
    const r = await send([
      [consumer, WELL_KNOWN.supportLine, 'https://demo-partner.ru/release', 'Подробнее'],
      [WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine, '', ''],
    ]);
    expect(r.code).toBe('SUCCESS');
    expect(Object.keys(r.data as object)).toEqual(['NotificationID']);
    const notificationId = (r.data as { NotificationID: string }).NotificationID;
    expect(notificationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    const messages = db()
      .prepare("SELECT message_type, service_user_id, client_id, line_id, message, message_time FROM chat_messages WHERE account = 'demo' AND message_time = '2024-03-01T09:00:00Z' ORDER BY line_id")
      .all();
    expect(messages).toEqual([
      {
        message_type: 1,
        service_user_id: WELL_KNOWN.specialist,
        client_id: null,
        line_id: WELL_KNOWN.myCompanyLine,
        message: 'Вышел релиз 3.0.150\nОбновим вашу базу сегодня вечером.',
        message_time: '2024-03-01T09:00:00Z',
      },
      {
        message_type: 1,
        service_user_id: consumer,
        client_id: WELL_KNOWN.ownClient,
        line_id: WELL_KNOWN.supportLine,
        message: 'Вышел релиз 3.0.150\nОбновим вашу базу сегодня вечером.\nПодробнее: https://demo-partner.ru/release',
        message_time: '2024-03-01T09:00:00Z',
      },
    ]);
    const outbox = db().prepare("SELECT recipient, summary, details FROM outbox WHERE account = 'demo' AND kind = 'notification' AND operation = 'SendNotification'").all() as { recipient: string; details: string }[];
    expect(outbox.map((o) => o.recipient).sort()).toEqual([consumer, WELL_KNOWN.specialist].sort());
    for (const o of outbox) expect(JSON.parse(o.details)).toMatchObject({ notificationId, infobaseId: INFOBASE });
  });

  it('accepts Recipients without the optional columns', async () => {
    const r = await send([[WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine]], ['EmployeeID', 'SupportLineID']);
    expect(r.code).toBe('SUCCESS');
  });

  it('wants DescriptionURL and DescriptionHint both filled or both empty, per row', async () => {
    const me = [WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine];
    expect(await send([[...me, '', ''], [...me, 'https://demo-partner.ru', '']])).toEqual({ code: 'EMPTY_PARAM', data: 'DescriptionHint' });
    expect(await send([[...me, '', 'Подробнее']])).toEqual({ code: 'EMPTY_PARAM', data: 'DescriptionURL' });
    expect(await send([[...me, 'https://demo-partner.ru']], ['EmployeeID', 'SupportLineID', 'DescriptionURL'])).toEqual({ code: 'EMPTY_PARAM', data: 'DescriptionHint' });
    expect(await send([[...me, 'https://demo-partner.ru', 'П'.repeat(21)]])).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'DescriptionHint' });
    expect(await send([[...me, 'https://demo-partner.ru', 'П'.repeat(20)]])).toMatchObject({ code: 'SUCCESS' });
  });

  it('writes only to own lines or «Моя компания», to people served on them, and changes nothing when refused', async () => {
    const before = { chat: count(db(), 'chat_messages'), outbox: count(db(), 'outbox') };
    const consumer = consumerOnSupportLine(db());
    const vendorOwnLine = (db().prepare("SELECT id FROM support_lines WHERE account = 'demo' AND partner_id = ?").get(WELL_KNOWN.vendorPartner) as { id: string }).id;
    const onVendorLine = usersOn(db(), WELL_KNOWN.vendorLine)[0];
    const good = [WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine, '', ''];
    expect(await send([good, [onVendorLine, WELL_KNOWN.vendorLine, '', '']])).toEqual({ code: 'ACCESS_ERROR', data: 'SupportLineID' });
    expect(await send([good, [consumer, vendorOwnLine, '', '']])).toEqual({ code: 'UID_NOT_CORRECT', data: 'SupportLineID' });
    expect(await send([good, [consumer, WELL_KNOWN.myCompanyLine, '', '']])).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'SupportLineID (Recipients, строка 2): линия поддержки не подключена пользователю EmployeeID',
    });
    expect(await send([[WELL_KNOWN.specialist, WELL_KNOWN.supportLine, '', '']])).toMatchObject({ code: 'PARAM_NOT_CORRECT' });
    expect(await send([good, [WELL_KNOWN.ownClient, WELL_KNOWN.supportLine, '', '']])).toEqual({ code: 'UID_NOT_CORRECT', data: 'EmployeeID' });
    expect(await send([good, ['', WELL_KNOWN.supportLine, '', '']])).toEqual({ code: 'EMPTY_PARAM', data: 'EmployeeID' });
    expect(await send([good, [null, WELL_KNOWN.supportLine, '', '']])).toEqual({ code: 'PARAM_NOT_EXIST', data: 'EmployeeID' });
    expect(await send([[WELL_KNOWN.myCompanyLine]], ['SupportLineID'])).toEqual({ code: 'TABLE_STRUCTURE_IS_INVALID', data: 'EmployeeID' });
    expect(await send([[WELL_KNOWN.specialist]], ['EmployeeID'])).toEqual({ code: 'TABLE_STRUCTURE_IS_INVALID', data: 'SupportLineID' });
    expect(await send([])).toEqual({ code: 'EMPTY_PARAM', data: 'Recipients' });
    expect(await send([good], COLUMNS, { Recipients: WELL_KNOWN.specialist })).toEqual({ code: 'TYPE_MISMATCH', data: 'Recipients' });
    expect(await send([good], COLUMNS, { Text: 'Т'.repeat(301) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Text' });
    expect(await send([good], COLUMNS, { Subject: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Subject' });
    expect(await send([good], COLUMNS, { Name: 'Н'.repeat(151) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await send([good], COLUMNS, { InfobaseID: null })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'InfobaseID' });
    expect({ chat: count(db(), 'chat_messages'), outbox: count(db(), 'outbox') }).toEqual(before);
  });

  it('needs the extended-features subscription: AVAILABLE_BY_SUBSCRIPTION without it', async () => {
    const before = count(db(), 'chat_messages');
    await setExtendedFeatures(false);
    try {
      expect(await send([[WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine, '', '']])).toEqual({
        code: 'AVAILABLE_BY_SUBSCRIPTION',
        data: 'Операция SendNotification доступна по подписке «Расширенные возможности»',
      });
      // The operation as a whole is unavailable, whatever the parameters.
      expect(await send([[WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine, '', '']], COLUMNS, { Subject: '' })).toMatchObject({ code: 'AVAILABLE_BY_SUBSCRIPTION' });
      expect(count(db(), 'chat_messages')).toBe(before);
    } finally {
      await setExtendedFeatures(true);
    }
    expect(await send([[WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine, '', '']])).toMatchObject({ code: 'SUCCESS' });
  });
});
