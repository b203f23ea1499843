import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { postChatMessage } from '../../../src/activity/chat.js';
import { TEXT_MESSAGE } from '../../../src/activity/chat-payloads/index.js';
import type { CallContext } from '../../../src/pipeline/call-context.js';
import { faultOf, operate, rows, usePartnerApi } from '../../support/partner-api.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';

type Row = Record<string, string | null>;

/** The week before the frozen now, in Moscow time (the demo account's zone too). */
const WEEK = { start_time: '2024-04-23T12:00:00', end_time: '2024-04-30T12:00:00' };
const CALL_COLUMNS = ['call_id', 'time', 'duration', 'partner_id', 'client_id', 'src_agent_id', 'dst_agent_id', 'service_type_id', 'call_status_id', 'remote_status_id', 'URL_call_record'];
const RA_COLUMNS = ['session_id', 'time', 'duration', 'partner_id', 'client_id', 'server_agent_id', 'dst_agent_id', 'service_type_id', 'remote_access_result_id', 'remote_access_type_id'];
const SIP_COLUMNS = ['call_id', 'time', 'duration', 'duration_after_answer', 'agent_id', 'abonent', 'incoming', 'sip_call_status_id'];

const TOO_OLD = 'Начало интервала отчета (start_time) не может быть раньше, чем два календарных месяца назад';

describe('PartnerAPI statistics and chat history', () => {
  // 2024-04-30 12:00 Moscow: two calendar months back is 2024-02-29 12:00 (the day clamped to February's end).
  const api = usePartnerApi('2024-04-30T12:00:00+03:00');

  const web = (op: string, params: Record<string, ParamInput>) => callWith(api.web, op, params).then((r) => r.data as Row[]);
  const agentOf = async (userId: string) => {
    const row = api.mock.runtime.db.prepare('SELECT id FROM agents WHERE account = ? AND user_id = ? ORDER BY active DESC, CAST(number AS INTEGER) LIMIT 1').get('demo', userId) as { id: string } | undefined;
    return row?.id ?? userId;
  };

  it('statistics_read: the calls PartnerWebAPI2 GetHistoryOfServiceCalls shows for the same week, with agents for people', async () => {
    const calls = await rows(api.client, 'statistics_read', WEEK);
    const history = await web('GetHistoryOfServiceCalls', { PeriodFrom: { dateTime: WEEK.start_time }, PeriodTo: { dateTime: WEEK.end_time } });
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.map((c) => c.call_id)).toEqual(history.map((h) => h.CallID));
    expect(Object.keys(calls[0])).toEqual(CALL_COLUMNS);
    for (const [i, c] of calls.entries()) {
      const h = history[i];
      expect(c).toMatchObject({ time: h.CallTime, duration: h.Duration, partner_id: WELL_KNOWN.partner, client_id: h.ClientID, service_type_id: h.ServiceID, remote_status_id: '0' });
      expect(c.src_agent_id).toBe(await agentOf(h.CallerID as string));
      expect(c.dst_agent_id).toBe(await agentOf(h.CalleeID as string));
      expect(c.call_status_id === '0').toBe(h.CallResult === '1');
    }
    expect(new Set(calls.map((c) => c.call_status_id)).size).toBeGreaterThan(2);
    expect(calls.some((c) => c.URL_call_record?.startsWith('https://records.1c-connect.example/'))).toBe(true);
    expect(calls.every((c) => c.URL_call_record === '' || (c.URL_call_record === `https://records.1c-connect.example/${c.call_id}.mp3` && c.call_status_id === '0'))).toBe(true);
    // Filters: the agent on either end is the specialist's calls; src/dst the caller/callee.
    const { specialist_id: specialist } = api.mock.runtime.db.prepare('SELECT specialist_id FROM calls WHERE account = ? AND id = ?').get('demo', calls[0].call_id) as { specialist_id: string };
    const bySpecialist = await web('GetHistoryOfServiceCalls', { PeriodFrom: { dateTime: WEEK.start_time }, PeriodTo: { dateTime: WEEK.end_time }, SpecialistID: specialist });
    const agent = await agentOf(specialist);
    expect((await rows(api.client, 'statistics_read', { ...WEEK, agent_id: agent })).map((c) => c.call_id)).toEqual(bySpecialist.map((h) => h.CallID));
    const fromAgent = await rows(api.client, 'statistics_read', { ...WEEK, src_agent_id: calls[0].src_agent_id });
    expect(fromAgent.length).toBeGreaterThan(0);
    expect(fromAgent.every((c) => c.src_agent_id === calls[0].src_agent_id)).toBe(true);
    const byClient = await rows(api.client, 'statistics_read', { ...WEEK, client_id: calls[0].client_id, service_type_id: calls[0].service_type_id });
    expect(byClient.map((c) => c.call_id)).toEqual(history.filter((h) => h.ClientID === calls[0].client_id && h.ServiceID === calls[0].service_type_id).map((h) => h.CallID));
  });

  it('remote_access_statistics_read: the sessions of GetHistoryOfServiceRASessions; the server shows its desktop (host), the client controls it (admin)', async () => {
    const sessions = await rows(api.client, 'remote_access_statistics_read', WEEK);
    const history = await web('GetHistoryOfServiceRASessions', { PeriodFrom: { dateTime: WEEK.start_time }, PeriodTo: { dateTime: WEEK.end_time } });
    expect(sessions.length).toBeGreaterThan(5);
    expect(sessions.map((s) => s.session_id)).toEqual(history.map((h) => h.RAAccessID));
    expect(Object.keys(sessions[0])).toEqual(RA_COLUMNS);
    for (const [i, s] of sessions.entries()) {
      const h = history[i];
      expect(s).toMatchObject({ time: h.StartTime, duration: h.Duration, partner_id: WELL_KNOWN.partner, client_id: h.ClientID, service_type_id: h.ServiceID, remote_access_type_id: '2' });
      expect(s.remote_access_result_id).toBe(h.Result === 'true' ? '0' : '1');
      expect(s.server_agent_id).toBe(await agentOf(h.AgentAsHost as string));
      expect(s.dst_agent_id).toBe(await agentOf(h.AgentAsAdmin as string));
    }
    const server = sessions[0].server_agent_id as string;
    const byServer = await rows(api.client, 'remote_access_statistics_read', { ...WEEK, server_agent_id: server });
    expect(byServer.map((s) => s.session_id)).toEqual(sessions.filter((s) => s.server_agent_id === server).map((s) => s.session_id));
    const admin = sessions[0].dst_agent_id as string;
    expect((await rows(api.client, 'remote_access_statistics_read', { ...WEEK, agent_id: admin })).map((s) => s.session_id)).toEqual(
      sessions.filter((s) => s.dst_agent_id === admin || s.server_agent_id === admin).map((s) => s.session_id),
    );
  });

  it('sip_calls_statistics_read: the softphone calls of GetHistoryOfSIPCalls; agent_id and abonent filter', async () => {
    const calls = await rows(api.client, 'sip_calls_statistics_read', WEEK);
    const history = await web('GetHistoryOfSIPCalls', { PeriodFrom: { dateTime: WEEK.start_time }, PeriodTo: { dateTime: WEEK.end_time } });
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.length).toBe(history.length);
    expect(Object.keys(calls[0])).toEqual(SIP_COLUMNS);
    for (const [i, c] of calls.entries()) {
      const h = history[i];
      expect(c).toMatchObject({ time: h.CallStartTime, duration: h.Duration, abonent: h.CallNumber, incoming: h.CallDirection === '1' ? 'true' : 'false', sip_call_status_id: h.CallResult });
      expect(c.duration_after_answer).toBe(h.CallResult === '0' ? h.Duration : '0');
      expect(c.agent_id).toBe(await agentOf(h.SpecialistID as string));
    }
    const specialist = history[0].SpecialistID as string;
    const bySpecialist = await web('GetHistoryOfSIPCalls', { PeriodFrom: { dateTime: WEEK.start_time }, SpecialistID: specialist });
    expect((await rows(api.client, 'sip_calls_statistics_read', { ...WEEK, agent_id: await agentOf(specialist) })).length).toBe(bySpecialist.length);
    expect(await rows(api.client, 'sip_calls_statistics_read', { ...WEEK, abonent: calls[0].abonent })).toEqual(calls.filter((c) => c.abonent === calls[0].abonent));
  });

  it('the reports default to the last two calendar months up to now', async () => {
    const all = await rows(api.client, 'statistics_read');
    expect(all[0].time! >= '2024-02-29T12:00:00').toBe(true);
    expect(all.length).toBe((await rows(api.client, 'statistics_read', { start_time: '2024-02-29T12:00:00', end_time: '2024-04-30T12:00:00' })).length);
    expect(all.length).toBeGreaterThan((await rows(api.client, 'statistics_read', WEEK)).length);
  });

  it('start_time no older than two calendar months (Moscow time), inclusive', async () => {
    expect((await rows(api.client, 'statistics_read', { start_time: '2024-02-29T12:00:00' })).length).toBeGreaterThan(0);
    expect(await faultOf(api.mock.url, 'statistics_read', { start_time: '2024-02-29T11:59:59' })).toBe(TOO_OLD);
    expect(await faultOf(api.mock.url, 'remote_access_statistics_read', { start_time: '2024-02-29T08:59:59+00:00' })).toBe(TOO_OLD);
    expect(await faultOf(api.mock.url, 'sip_calls_statistics_read', { start_time: '2024-04-30T00:00:00', end_time: '2024-04-01T00:00:00' })).toBe(
      'Начало интервала отчета (start_time) позже его окончания (end_time)',
    );
  });

  it('chat_history_statistics_read: base64 of an HTML page with the messages inside the period (bounds inclusive, Moscow time)', async () => {
    const ctx = { db: api.mock.runtime.db, account: { login: 'demo' }, now: new Date('2024-04-30T09:00:00Z') } as unknown as CallContext;
    const post = (at: string, message: string) =>
      postChatMessage(ctx, { messageType: TEXT_MESSAGE, serviceUserId: WELL_KNOWN.clientUser, clientId: WELL_KNOWN.ownClient, lineId: WELL_KNOWN.supportLine, authorId: WELL_KNOWN.clientUser, message, at: new Date(at) });
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

  it('chat_history_statistics_read: the seeded text messages GetHistoryOfServiceChat shows for that user and line', async () => {
    const history = await web('GetHistoryOfServiceChat', { PeriodFrom: { dateTime: WEEK.start_time }, PeriodTo: { dateTime: WEEK.end_time } });
    const first = history.find((h) => h.MessageType === String(TEXT_MESSAGE))!;
    const texts = history.filter((h) => h.MessageType === String(TEXT_MESSAGE) && h.ServiceUserID === first.ServiceUserID && h.ServiceID === first.ServiceID);
    const answer = await operate(api.client, 'chat_history_statistics_read', {
      client_user_id: first.ServiceUserID,
      service_id: first.ServiceID,
      period_from: WEEK.start_time,
      period_to: WEEK.end_time,
    });
    const html = Buffer.from(answer as string, 'base64').toString('utf8');
    expect(texts.length).toBeGreaterThan(1);
    expect(html.match(/<p class="message">/g)?.length).toBe(texts.length);
  });

  it('chat_history_colleagues_read: the same ZIP of HTML pages as PartnerWebAPI2 GetHistoryOfColleaguesChat (Moscow time)', async () => {
    const pair = api.mock.runtime.db
      .prepare('SELECT author_id, recipient_id FROM colleague_messages WHERE account = ? AND message_time >= ? ORDER BY message_time LIMIT 1')
      .get('demo', '2024-04-23T09:00:00Z') as { author_id: string; recipient_id: string };
    const answer = await operate(api.client, 'chat_history_colleagues_read', {
      Colleague1_id: pair.author_id,
      Colleague2_id: pair.recipient_id,
      period_from: WEEK.start_time,
      period_to: WEEK.end_time,
    });
    const [history] = await web('GetHistoryOfColleaguesChat', {
      PeriodFrom: { dateTime: WEEK.start_time },
      PeriodTo: { dateTime: WEEK.end_time },
      Specialist1ID: pair.author_id,
      Specialist2ID: pair.recipient_id,
    });
    expect(answer).toBe(history.HistoryOfChatHtml);
    const files = unzipSync(Buffer.from(answer as string, 'base64'));
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith(`ChatHistory/ChatHistory_Collegue_${pair.author_id}_${pair.recipient_id}_2024-04-`))).toBe(true);
    expect(strFromU8(files[names[0]])).toContain('Период: 2024-04-23 12:00:00 — 2024-04-30 12:00:00');
  });
});
