import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { setClock } from '../../support/mock-server.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

/** useMock's frozen now: 2024-03-01 12:00 Moscow, the account's zone. */
const NOW = '2024-03-01T12:00:00';

describe('PartnerWebAPI2 PartnerNotificationAdd (spec 3.16)', () => {
  const fixture = useMock({ limits: false });
  const call = (op: string, params: Record<string, ParamInput>) => callWith(fixture.soap11, op, params);

  const userOf = (client: string): string =>
    (fixture.mock.runtime.db.prepare('SELECT id FROM client_users WHERE account = ? AND client_id = ? AND deleted = 0 ORDER BY id LIMIT 1').get('demo', client) as { id: string }).id;
  const recipients = (rows: [string, string][]): ParamInput => ({ table: { columns: ['ServiceUserID', 'ServiceID'], rows } });
  const base = (extra: Record<string, ParamInput> = {}): Record<string, ParamInput> => ({
    Name: 'Обновление 3.0.151',
    Subject: 'Плановое обновление',
    Text: 'В пятницу вечером обновим вашу конфигурацию.',
    Recipients: recipients([
      [userOf(WELL_KNOWN.ownClient), WELL_KNOWN.supportLine],
      [WELL_KNOWN.specialist, WELL_KNOWN.supportLine],
    ]),
    ...extra,
  });
  const chatOf = async (user: string): Promise<Row[]> => {
    const r = await call('GetHistoryOfServiceChat', { PeriodFrom: { dateTime: '2024-03-01T00:00:00' }, ServiceUserID: user });
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };

  it('without ScheduledDate: appears at once in each recipient\'s chat, and in the outbox', async () => {
    const r = await call('PartnerNotificationAdd', base({ DescriptionHint: 'Подробнее', DescriptionURL: 'https://demo-partner.ru/news/151' }));
    expect(r.code).toBe('SUCCESS');
    expect(Object.keys(r.data as object)).toEqual(['PartnerNotificationID']);
    expect((r.data as Row).PartnerNotificationID).toMatch(/^[0-9a-f-]{36}$/);
    for (const user of [userOf(WELL_KNOWN.ownClient), WELL_KNOWN.specialist]) {
      const mine = (await chatOf(user)).filter((m) => m.Message?.startsWith('Плановое обновление'));
      expect(mine).toEqual([
        {
          MessageID: expect.any(String),
          MessageType: '1',
          ServiceUserID: user,
          ServiceID: WELL_KNOWN.supportLine,
          AuthorID: null,
          Message: 'Плановое обновление\nВ пятницу вечером обновим вашу конфигурацию.\nПодробнее: https://demo-partner.ru/news/151',
          MessageTime: NOW,
          ServiceTreatmentID: null,
        },
      ]);
    }
    const outbox = fixture.mock.runtime.db.prepare("SELECT recipient FROM outbox WHERE account = 'demo' AND kind = 'notification' ORDER BY recipient").all();
    expect(outbox).toHaveLength(2);
  });

  it('with a ScheduledDate an hour ahead: absent until the clock passes it', async () => {
    const user = userOf(WELL_KNOWN.ownClient);
    expect((await call('PartnerNotificationAdd', base({ ScheduledDate: { dateTime: '2024-03-01T13:00:00' } }))).code).toBe('SUCCESS');
    const has = async () => (await chatOf(user)).some((m) => m.Message?.startsWith('Плановое обновление'));
    expect(await has()).toBe(false);
    await setClock(fixture.mock.url, '2024-03-01T12:59:59+03:00');
    expect(await has()).toBe(false);
    await setClock(fixture.mock.url, '2024-03-01T13:00:30+03:00');
    expect(await has()).toBe(true);
    const [message] = (await chatOf(user)).filter((m) => m.Message?.startsWith('Плановое обновление'));
    expect(message.MessageTime).toBe('2024-03-01T13:00:00');
    expect(await has()).toBe(true);
    expect((await chatOf(user)).filter((m) => m.Message?.startsWith('Плановое обновление'))).toHaveLength(1);
  });

  it('takes the ScheduledDate in the account\'s time zone and refuses one in the past', async () => {
    expect(await call('PartnerNotificationAdd', base({ ScheduledDate: { dateTime: '2024-03-01T11:59:59' } }))).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'ScheduledDate: дата должна быть больше текущей даты',
    });
    expect(await call('PartnerNotificationAdd', base({ ScheduledDate: { dateTime: NOW } }))).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'ScheduledDate: дата должна быть больше текущей даты',
    });
    // 10:30 UTC is 13:30 in Moscow: ahead of now.
    expect((await call('PartnerNotificationAdd', base({ ScheduledDate: { dateTime: '2024-03-01T10:30:00Z' } }))).code).toBe('SUCCESS');
  });

  it('wants DescriptionHint and DescriptionURL both or neither, naming the empty one', async () => {
    expect(await call('PartnerNotificationAdd', base({ DescriptionHint: 'Подробнее' }))).toEqual({ code: 'EMPTY_PARAM', data: 'DescriptionURL' });
    expect(await call('PartnerNotificationAdd', base({ DescriptionURL: 'https://demo-partner.ru' }))).toEqual({ code: 'EMPTY_PARAM', data: 'DescriptionHint' });
    expect(await call('PartnerNotificationAdd', base({ DescriptionHint: '', DescriptionURL: 'https://demo-partner.ru' }))).toEqual({ code: 'EMPTY_PARAM', data: 'DescriptionHint' });
    expect((await call('PartnerNotificationAdd', base({ DescriptionHint: '', DescriptionURL: '' }))).code).toBe('SUCCESS');
  });

  it('takes up to 100 recipients and names a missing column', async () => {
    const row: [string, string] = [WELL_KNOWN.specialist, WELL_KNOWN.supportLine];
    expect((await call('PartnerNotificationAdd', base({ Recipients: recipients(Array.from({ length: 100 }, () => row)) }))).code).toBe('SUCCESS');
    expect(await call('PartnerNotificationAdd', base({ Recipients: recipients(Array.from({ length: 101 }, () => row)) }))).toEqual({
      code: 'TABLE_SIZE_LIMIT_EXCEEDED',
      data: 'Recipients',
    });
    expect(await call('PartnerNotificationAdd', base({ Recipients: { table: { columns: ['ServiceUserID'], rows: [[WELL_KNOWN.specialist]] } } }))).toEqual({
      code: 'TABLE_STRUCTURE_IS_INVALID',
      data: 'ServiceID',
    });
    expect(await call('PartnerNotificationAdd', base({ Recipients: { table: { columns: ['ServiceID'], rows: [[WELL_KNOWN.supportLine]] } } }))).toEqual({
      code: 'TABLE_STRUCTURE_IS_INVALID',
      data: 'ServiceUserID',
    });
  });

  it('names what is missing, empty, too long or unknown', async () => {
    for (const name of ['Name', 'Subject', 'Text', 'Recipients']) {
      const params = base();
      delete params[name];
      expect(await call('PartnerNotificationAdd', params)).toEqual({ code: 'PARAM_NOT_EXIST', data: name });
    }
    expect(await call('PartnerNotificationAdd', base({ Subject: '' }))).toEqual({ code: 'EMPTY_PARAM', data: 'Subject' });
    expect(await call('PartnerNotificationAdd', base({ Text: 'я'.repeat(501) }))).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Text' });
    expect(await call('PartnerNotificationAdd', base({ Recipients: 'всем' }))).toEqual({ code: 'TYPE_MISMATCH', data: 'Recipients' });
    expect(await call('PartnerNotificationAdd', base({ Recipients: recipients([]) }))).toEqual({ code: 'EMPTY_PARAM', data: 'Recipients' });
    expect(await call('PartnerNotificationAdd', base({ Recipients: recipients([['6f1c2d3e-4a5b-4c6d-8e7f-0000000000ff', WELL_KNOWN.supportLine]]) }))).toEqual({
      code: 'UID_NOT_CORRECT',
      data: 'ServiceUserID',
    });
    expect(await call('PartnerNotificationAdd', base({ Recipients: recipients([[WELL_KNOWN.specialist, '6f1c2d3e-4a5b-4c6d-8e7f-0000000000ff']]) }))).toEqual({
      code: 'UID_NOT_CORRECT',
      data: 'ServiceID',
    });
    expect(await call('PartnerNotificationAdd', base({ Recipients: recipients([[userOf(WELL_KNOWN.invisibleClient), WELL_KNOWN.supportLine]]) }))).toEqual({
      code: 'UID_NOT_CORRECT',
      data: 'ServiceUserID',
    });
  });
});
