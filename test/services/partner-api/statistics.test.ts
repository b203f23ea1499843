import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { postChatMessage } from '../../../src/activity/chat.js';
import type { CallContext } from '../../../src/pipeline/call-context.js';
import { faultOf, operate, rows, usePartnerApi } from '../../support/partner-api.js';

const TOO_OLD = 'Начало интервала отчета (start_time) не может быть раньше, чем два календарных месяца назад';

describe('PartnerAPI statistics and chat history', () => {
  // 2024-04-30 12:00 Moscow: two calendar months back is 2024-02-29 12:00 (the day clamped to February's end).
  const api = usePartnerApi('2024-04-30T12:00:00+03:00');

  it('statistics_read, remote_access_statistics_read, sip_calls_statistics_read: their columns, no rows yet', async () => {
    for (const operation of ['statistics_read', 'remote_access_statistics_read', 'sip_calls_statistics_read']) {
      expect(await rows(api.client, operation, { start_time: '2024-03-01T00:00:00', end_time: '2024-04-01T00:00:00' })).toEqual([]);
      expect(await rows(api.client, operation)).toEqual([]);
    }
  });

  it('start_time no older than two calendar months (Moscow time), inclusive', async () => {
    expect(await rows(api.client, 'statistics_read', { start_time: '2024-02-29T12:00:00' })).toEqual([]);
    expect(await faultOf(api.mock.url, 'statistics_read', { start_time: '2024-02-29T11:59:59' })).toBe(TOO_OLD);
    expect(await faultOf(api.mock.url, 'remote_access_statistics_read', { start_time: '2024-02-29T08:59:59+00:00' })).toBe(TOO_OLD);
    expect(await faultOf(api.mock.url, 'sip_calls_statistics_read', { start_time: '2024-04-30T00:00:00', end_time: '2024-04-01T00:00:00' })).toBe(
      'Начало интервала отчета (start_time) позже его окончания (end_time)',
    );
  });

  it('chat_history_statistics_read: base64 of an HTML page with the messages inside the period (bounds inclusive, Moscow time)', async () => {
    const ctx = { db: api.mock.runtime.db, account: { login: 'demo' }, now: new Date('2024-04-30T09:00:00Z') } as unknown as CallContext;
    const post = (at: string, message: string) =>
      postChatMessage(ctx, { messageType: 0, serviceUserId: WELL_KNOWN.clientUser, clientId: WELL_KNOWN.ownClient, lineId: WELL_KNOWN.supportLine, authorId: WELL_KNOWN.clientUser, message, at: new Date(at) });
    post('2024-04-10T07:00:00Z', 'Добрый день! Не проводится документ'); // 10:00 Moscow
    post('2024-04-10T07:05:00Z', 'Спасибо, всё работает');
    post('2024-04-11T07:00:00Z', 'Вне периода');
    const answer = await operate(api.client, 'chat_history_statistics_read', {
      client_user_id: WELL_KNOWN.clientUser,
      service_id: WELL_KNOWN.supportLine,
      period_from: '2024-04-10T10:00:00',
      period_to: '2024-04-10T10:05:00',
    });
    const html = Buffer.from(answer as string, 'base64').toString('utf8');
    expect(html).toContain('2024-04-10 10:00:00');
    expect(html).toContain('Добрый день! Не проводится документ');
    expect(html).toContain('Спасибо, всё работает');
    expect(html).not.toContain('Вне периода');
    expect(await faultOf(api.mock.url, 'chat_history_statistics_read', { client_user_id: WELL_KNOWN.clientUser, service_id: WELL_KNOWN.supportLine, period_from: '2024-04-10T10:00:00' })).toBe(
      'Не указан обязательный операнд period_to',
    );
  });

  it('chat_history_colleagues_read: a page with the period and no messages', async () => {
    const answer = await operate(api.client, 'chat_history_colleagues_read', {
      Colleague1_id: WELL_KNOWN.specialist,
      Colleague2_id: WELL_KNOWN.specialist,
      period_from: '2024-04-01T00:00:00',
      period_to: '2024-04-30T00:00:00',
    });
    expect(Buffer.from(answer as string, 'base64').toString('utf8')).toContain('Период (МСК): 2024-04-01 00:00:00 — 2024-04-30 00:00:00');
  });
});
