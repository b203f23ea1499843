import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { setClock } from '../../support/mock-server.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

describe('PartnerWebAPI2 GetClientUsageStatistics (3.55) and GetHistoryOfColleaguesChat (3.56)', () => {
  const fixture = useMock({ limits: false });
  const call = (op: string, params: Record<string, ParamInput>) => callWith(fixture.soap11, op, params);
  const query = <T>(sql: string, ...args: unknown[]) => fixture.mock.runtime.db.prepare(sql).all('demo', ...args) as T[];

  /** What the statistics must say, counted here from the sessions and communications themselves. */
  function expectedUsage(from: string, to: string): Map<string, { auth: number; comm: number }> {
    const usage = new Map<string, { auth: Set<string>; comm: Set<string> }>();
    const entry = (client: string) => {
      let e = usage.get(client);
      if (!e) usage.set(client, (e = { auth: new Set(), comm: new Set() }));
      return e;
    };
    for (const s of query<{ client_id: string; agent_id: string; started: string }>('SELECT client_id, agent_id, started FROM agent_sessions WHERE account = ? AND agent_type = 1')) {
      if (s.started >= from && s.started < to) entry(s.client_id).auth.add(s.agent_id);
    }
    const communications = [
      ...query<{ c: string; u: string; t: string }>('SELECT client_id AS c, service_user_id AS u, initialized AS t FROM treatments WHERE account = ?'),
      ...query<{ c: string; u: string; t: string }>('SELECT client_id AS c, service_user_id AS u, call_time AS t FROM calls WHERE account = ?'),
      ...query<{ c: string; u: string; t: string }>('SELECT client_id AS c, service_user_id AS u, start_time AS t FROM ra_sessions WHERE account = ?'),
    ];
    for (const x of communications) if (x.t >= from && x.t < to) entry(x.c).comm.add(x.u);
    return new Map([...usage].map(([client, e]) => [client, { auth: e.auth.size, comm: e.comm.size }]));
  }

  it('counts per organisation the users with sessions and with communications in the month of Period', async () => {
    const r = await call('GetClientUsageStatistics', { Period: { dateTime: '2024-02-17T15:00:00' } });
    expect(r.code).toBe('SUCCESS');
    const rows = r.data as Row[];
    expect(Object.keys(rows[0])).toEqual(['ClientID', 'ClientType', 'UsersWithAuthenticationCount', 'UsersWithCommunicationCount']);
    // February in Moscow time: 2024-02-01T00:00+03:00 to 2024-03-01T00:00+03:00.
    const expected = expectedUsage('2024-01-31T21:00:00Z', '2024-02-29T21:00:00Z');
    expect(rows.length).toBe(expected.size);
    for (const row of rows) {
      expect(expected.get(row.ClientID!), row.ClientID!).toEqual({ auth: Number(row.UsersWithAuthenticationCount), comm: Number(row.UsersWithCommunicationCount) });
      expect(['2', '3']).toContain(row.ClientType);
    }
    expect(rows.some((row) => row.ClientID === WELL_KNOWN.thirdPartyClient || row.ClientID === WELL_KNOWN.ownClient)).toBe(true);
  });

  it('counts the current month up to now only, and limits how far back Period may go by day', async () => {
    const rows = (await call('GetClientUsageStatistics', { Period: { dateTime: '2024-03-01T00:00:00' } })).data as Row[];
    const expected = expectedUsage('2024-02-29T21:00:00Z', '2024-03-01T09:00:01Z');
    expect(rows.length).toBe(expected.size);
    expect(rows.length).toBeGreaterThan(0);
    expect(await call('GetClientUsageStatistics', { Period: { dateTime: '2023-12-20T00:00:00' } })).toEqual({ code: 'PERIOD_EXCEEDED', data: 'Period' });
    expect(await call('GetClientUsageStatistics', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Period' });
    expect(await call('GetClientUsageStatistics', { Period: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: 'Period' });
    await setClock(fixture.mock.url, '2024-03-01T23:30:00+03:00');
    const december = (await call('GetClientUsageStatistics', { Period: { dateTime: '2023-12-20T00:00:00' } })).data as Row[];
    expect(december.length).toBe(expectedUsage('2023-11-30T21:00:00Z', '2023-12-31T21:00:00Z').size);
  });

  it('zips one HTML page per day of two colleagues\' messages, named as clients expect', async () => {
    const [pair] = query<{ a: string; b: string }>(
      `SELECT author_id AS a, recipient_id AS b FROM colleague_messages WHERE account = ? AND message_time >= '2024-02-23T09:00:00Z'
       GROUP BY author_id, recipient_id ORDER BY COUNT(*) DESC LIMIT 1`,
    );
    const r = await call('GetHistoryOfColleaguesChat', { PeriodFrom: { dateTime: '2024-02-23T12:00:00' }, Specialist1ID: pair.a, Specialist2ID: pair.b });
    expect(r.code).toBe('SUCCESS');
    const rows = r.data as Row[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual(['HistoryOfChatHtml']);
    const files = unzipSync(Buffer.from(rows[0].HistoryOfChatHtml!, 'base64'));
    const names = Object.keys(files).sort();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(new RegExp(`^ChatHistory/ChatHistory_Collegue_${pair.a}_${pair.b}_2024-0[23]-\\d\\d\\.html$`));
    const messages = query<{ text: string }>(
      `SELECT text FROM colleague_messages WHERE account = ? AND message_time >= '2024-02-23T09:00:00Z' AND message_time <= '2024-03-01T09:00:00Z'
       AND ((author_id = ? AND recipient_id = ?) OR (author_id = ? AND recipient_id = ?))`,
      pair.a, pair.b, pair.b, pair.a,
    );
    const html = names.map((n) => strFromU8(files[n])).join('\n');
    expect(html.match(/<tr>/g)).toHaveLength(messages.length);
    const [who] = query<{ surname: string }>('SELECT surname FROM specialists WHERE account = ? AND id = ?', pair.a);
    expect(html).toContain(who.surname);
    expect(html).toContain('Период: 2024-02-23 12:00:00 — 2024-03-01 12:00:00');
  });

  it('names a missing, empty or unknown specialist and checks the period', async () => {
    const week = { PeriodFrom: { dateTime: '2024-02-23T12:00:00' } };
    expect(await call('GetHistoryOfColleaguesChat', { ...week, Specialist1ID: WELL_KNOWN.specialist })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Specialist2ID' });
    expect(await call('GetHistoryOfColleaguesChat', { ...week, Specialist1ID: '', Specialist2ID: WELL_KNOWN.specialist })).toEqual({ code: 'EMPTY_PARAM', data: 'Specialist1ID' });
    expect(await call('GetHistoryOfColleaguesChat', { ...week, Specialist1ID: WELL_KNOWN.specialist, Specialist2ID: '6f1c2d3e-4a5b-4c6d-8e7f-0000000000ff' })).toEqual({
      code: 'UID_NOT_CORRECT',
      data: 'Specialist2ID',
    });
    expect(
      await call('GetHistoryOfColleaguesChat', { PeriodFrom: { dateTime: '2024-02-25T00:00:00' }, PeriodTo: { dateTime: '2024-02-24T00:00:00' }, Specialist1ID: WELL_KNOWN.specialist, Specialist2ID: WELL_KNOWN.specialist }),
    ).toEqual({ code: 'PARAM_NOT_CORRECT', data: 'PeriodFrom: начало периода позже его окончания' });
  });
});
