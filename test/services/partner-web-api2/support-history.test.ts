import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { setClock } from '../../support/mock-server.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

/** The clock of useMock: Friday 2024-03-01 12:00 Moscow (day window); the world's history ends there. */
const NOW = '2024-03-01T12:00:00';
const NIGHT = '2024-03-01T23:30:00+03:00';
const daysBefore = (days: number) => ({ dateTime: new Date(Date.parse(`${NOW}+03:00`) - days * 86_400_000 + 3 * 3_600_000).toISOString().slice(0, 19) });
const LOCAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

interface Case {
  op: string;
  from: string;
  to: string;
  days: number;
  columns: string[];
  time: string;
  /** Filter parameter → the result column that shows it. */
  filters: Record<string, string>;
}

const CASES: Case[] = [
  {
    op: 'GetHistoryOfAgentSessions',
    from: 'PeriodFrom', to: 'PeriodTo', days: 35, time: 'Started',
    columns: ['AgentID', 'Started', 'AgentVersion', 'IPv4', 'MAC', 'Ended', 'StartedFromICConf', 'AppType'],
    filters: { AgentID: 'AgentID' },
  },
  {
    op: 'GetHistoryOfServiceCalls',
    from: 'PeriodFrom', to: 'PeriodTo', days: 7, time: 'CallTime',
    columns: ['CallID', 'ClientID', 'ServiceUserID', 'ServiceID', 'CallTime', 'CallerID', 'CalleeID', 'CallResult', 'Duration'],
    filters: { ClientID: 'ClientID', ServiceUserID: 'ServiceUserID', ServiceID: 'ServiceID' },
  },
  {
    op: 'GetHistoryOfServiceChat',
    from: 'PeriodFrom', to: 'PeriodTo', days: 7, time: 'MessageTime',
    columns: ['MessageID', 'MessageType', 'ServiceUserID', 'ServiceID', 'AuthorID', 'Message', 'MessageTime', 'ServiceTreatmentID'],
    filters: { ServiceUserID: 'ServiceUserID', ServiceID: 'ServiceID' },
  },
  {
    op: 'GetHistoryOfServiceRASessions',
    from: 'PeriodFrom', to: 'PeriodTo', days: 7, time: 'StartTime',
    columns: ['RAAccessID', 'ClientID', 'ServiceUserID', 'ServiceID', 'ServiceTreatmentID', 'AgentAsAdmin', 'AgentAsHost', 'NoIPHost', 'Result',
      'AdminIPAddress', 'HostIPAddress', 'StartTime', 'Duration', 'FilesUploadCount', 'FilesUploadSize', 'FilesDownloadCount', 'FilesDownloadSize', 'AnyComments'],
    filters: { ClientID: 'ClientID', ServiceUserID: 'ServiceUserID', ServiceID: 'ServiceID', SpecialistID: 'AgentAsAdmin' },
  },
  {
    op: 'GetHistoryOfServiceTreatments',
    from: 'OpenedFrom', to: 'OpenedTo', days: 35, time: 'Initialized',
    columns: ['ServiceTreatmentID', 'ClientID', 'ServiceUserID', 'ServiceID', 'Initialized', 'SpecAppointed', 'QueueWaitingTime', 'QueueLength',
      'ClosedSpecialistID', 'ReactionStarted', 'Closed', 'Duration', 'ServiceQualityAssessment'],
    filters: { ClientID: 'ClientID', ServiceUserID: 'ServiceUserID', ServiceID: 'ServiceID', SpecialistID: 'ClosedSpecialistID' },
  },
  {
    op: 'GetOpenedServiceTreatments',
    from: 'OpenedFrom', to: 'OpenedTo', days: 35, time: 'Initialized',
    columns: ['ServiceTreatmentID', 'ClientID', 'ServiceUserID', 'ServiceID', 'Initialized', 'SpecAppointed', 'QueueWaitingTime', 'CurrentSpecialist', 'ReactionStarted', 'QueueLength'],
    filters: { ClientID: 'ClientID', ServiceUserID: 'ServiceUserID', ServiceID: 'ServiceID' },
  },
  {
    op: 'GetHistoryOfSIPCalls',
    from: 'PeriodFrom', to: 'PeriodTo', days: 35, time: 'CallStartTime',
    columns: ['SpecialistID', 'CallStartTime', 'CallNumber', 'CallDirection', 'CallResult', 'Duration'],
    filters: { SpecialistID: 'SpecialistID' },
  },
  {
    op: 'GetHistoryOfServiceTreatmentsComments',
    from: 'PeriodFrom', to: 'PeriodTo', days: 30, time: 'CommentTime',
    columns: ['ServiceTreatmentID', 'CommentTime', 'CommentAuthor', 'Comment'],
    filters: { ServiceTreatmentID: 'ServiceTreatmentID', ServiceUserID: 'CommentAuthor' },
  },
  {
    op: 'GetHistoryOfServiceRASessionsComments',
    from: 'PeriodFrom', to: 'PeriodTo', days: 60, time: 'CommentTime',
    columns: ['RAAccessID', 'CommentTime', 'CommentAuthor', 'Comment'],
    filters: { RAAccessID: 'RAAccessID', SpecialistID: 'CommentAuthor' },
  },
  {
    op: 'GetHistoryOfServiceCallsComments',
    from: 'PeriodFrom', to: 'PeriodTo', days: 60, time: 'CommentTime',
    columns: ['CallID', 'CommentTime', 'CommentAuthor', 'Comment'],
    filters: { CallID: 'CallID', SpecialistID: 'CommentAuthor' },
  },
  {
    op: 'GetHistoryOfServiceFileTransfer',
    from: 'PeriodFrom', to: 'PeriodTo', days: 90, time: 'UploadedAt',
    columns: ['FileID', 'Status', 'OwnerUserID', 'ServiceID', 'SourceAgentID', 'UploadedAt', 'FileName', 'FileExtension', 'FileSize', 'DownloadLink', 'FileCheckSumMD5'],
    filters: { OwnerUserID: 'OwnerUserID', ServiceID: 'ServiceID' },
  },
];

describe('PartnerWebAPI2 support history reads (spec 3.3–3.8, 3.15, 3.45–3.47, 3.73)', () => {
  const fixture = useMock({ limits: false });
  const call = (op: string, params: Record<string, ParamInput>) => callWith(fixture.soap11, op, params);

  describe.each(CASES.map((c) => [c.op, c] as const))('%s', (_name, c) => {
    const whole = { [c.from]: daysBefore(c.days) };

    it('returns the period\'s rows in the documented columns, dated in the account\'s zone up to now', async () => {
      const r = await call(c.op, whole);
      expect(r.code).toBe('SUCCESS');
      const rows = r.data as Row[];
      expect(rows.length).toBeGreaterThan(0);
      expect(Object.keys(rows[0])).toEqual(c.columns);
      const from = (whole[c.from] as { dateTime: string }).dateTime;
      for (const row of rows) {
        expect(row[c.time]).toMatch(LOCAL);
        expect(row[c.time]! >= from && row[c.time]! <= NOW, `${row[c.time]}`).toBe(true);
      }
      const times = rows.map((row) => row[c.time]!);
      expect([...times].sort()).toEqual(times);
    });

    it('narrows by PeriodTo and by each filter', async () => {
      const all = (await call(c.op, whole)).data as Row[];
      const middle = all[Math.floor((all.length - 1) / 2)][c.time]!;
      const early = (await call(c.op, { ...whole, [c.to]: { dateTime: middle } })).data as Row[];
      expect(early.length).toBeLessThan(all.length);
      expect(early.every((row) => row[c.time]! <= middle)).toBe(true);
      for (const [param, column] of Object.entries(c.filters)) {
        const value = all.find((row) => row[column])?.[column] ?? all[0][column]!;
        const r = await call(c.op, { ...whole, [param]: value! });
        expect(r.code, `${param} ${JSON.stringify(r.data)}`).toBe('SUCCESS');
        const rows = r.data as Row[];
        expect(rows.length, param).toBeGreaterThan(0);
        expect(rows.every((row) => row[column] === value), param).toBe(true);
      }
    });

    it('limits the period by day, not at night, and refuses a start after the end', async () => {
      expect(await call(c.op, { [c.from]: daysBefore(c.days + 1) })).toEqual({ code: 'PERIOD_EXCEEDED', data: c.from });
      expect(await call(c.op, { [c.from]: daysBefore(c.days + 10), [c.to]: daysBefore(10) })).toEqual({ code: 'SUCCESS', data: expect.any(Array) });
      expect(await call(c.op, { [c.from]: daysBefore(1), [c.to]: daysBefore(2) })).toEqual({
        code: 'PARAM_NOT_CORRECT',
        data: `${c.from}: начало периода позже его окончания`,
      });
      await setClock(fixture.mock.url, NIGHT);
      expect((await call(c.op, { [c.from]: daysBefore(c.days + 30) })).code).toBe('SUCCESS');
    });

    it('names a missing, empty, mistyped or unknown parameter', async () => {
      expect(await call(c.op, {})).toEqual({ code: 'PARAM_NOT_EXIST', data: c.from });
      expect(await call(c.op, { [c.from]: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: c.from });
      expect(await call(c.op, { [c.from]: 'вчера' })).toEqual({ code: 'TYPE_MISMATCH', data: c.from });
      const [param] = Object.keys(c.filters);
      if (!/^(ServiceTreatmentID|RAAccessID|CallID)$/.test(param)) {
        expect(await call(c.op, { ...whole, [param]: '6f1c2d3e-4a5b-4c6d-8e7f-0000000000ff' })).toEqual({ code: 'UID_NOT_CORRECT', data: param });
      }
      expect(await call(c.op, { ...whole, [param]: '' })).toEqual({ code: 'EMPTY_PARAM', data: param });
      expect(await call(c.op, { ...whole, [param]: 'not-an-id' })).toEqual({ code: 'UID_NOT_CORRECT', data: param });
    });
  });

  it('GetHistoryOfAgentSessions: AgentType 1 users, 2 specialists, another number no filter', async () => {
    const week = { PeriodFrom: daysBefore(7) };
    const all = (await call('GetHistoryOfAgentSessions', week)).data as Row[];
    const users = (await call('GetHistoryOfAgentSessions', { ...week, AgentType: 1 })).data as Row[];
    const staff = (await call('GetHistoryOfAgentSessions', { ...week, AgentType: 2 })).data as Row[];
    expect(users.length + staff.length).toBe(all.length);
    expect(users.length).toBeGreaterThan(0);
    expect(staff.some((row) => row.AgentID === WELL_KNOWN.specialist)).toBe(true);
    expect(((await call('GetHistoryOfAgentSessions', { ...week, AgentType: 7 })).data as Row[]).length).toBe(all.length);
    expect(staff.every((row) => row.AppType === '1' && /^[0-9A-F]{2}(-[0-9A-F]{2}){5}$/.test(row.MAC!))).toBe(true);
    expect(new Set(users.map((row) => row.AppType))).toEqual(new Set(['1', '2', '3', '4']));
  });

  it('GetHistoryOfServiceCalls: CallResult 1 successful, 2 not, another value is not valid', async () => {
    const week = { PeriodFrom: daysBefore(7) };
    const ok = (await call('GetHistoryOfServiceCalls', { ...week, CallResult: 1 })).data as Row[];
    const failed = (await call('GetHistoryOfServiceCalls', { ...week, CallResult: 2 })).data as Row[];
    expect(ok.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    expect(ok.every((row) => row.CallResult === '1' && Number(row.Duration) > 0)).toBe(true);
    expect(failed.every((row) => row.CallResult === '2' && row.Duration === '0')).toBe(true);
    expect(await call('GetHistoryOfServiceCalls', { ...week, CallResult: 3 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'CallResult' });
  });

  it('GetHistoryOfServiceChat by ClientID: the messages of that organisation\'s people; calls by SpecialistID: that specialist\'s', async () => {
    const week = { PeriodFrom: daysBefore(7) };
    const users = new Set(
      (fixture.mock.runtime.db.prepare('SELECT id FROM client_users WHERE account = ? AND client_id = ?').all('demo', WELL_KNOWN.thirdPartyClient) as { id: string }[]).map((u) => u.id),
    );
    const chat = (await call('GetHistoryOfServiceChat', { ...week, ClientID: WELL_KNOWN.thirdPartyClient })).data as Row[];
    expect(chat.length).toBeGreaterThan(0);
    expect(chat.every((m) => users.has(m.ServiceUserID!))).toBe(true);
    const calls = (await call('GetHistoryOfServiceCalls', { ...week, SpecialistID: WELL_KNOWN.specialist })).data as Row[];
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.CallerID === WELL_KNOWN.specialist || c.CalleeID === WELL_KNOWN.specialist)).toBe(true);
    expect(await call('GetHistoryOfServiceCalls', { ...week, ClientID: WELL_KNOWN.invisibleClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
  });

  it('GetHistoryOfServiceTreatments: closed ones with ClosedFrom/ClosedTo; GetOpenedServiceTreatments: the open ones', async () => {
    const month = { OpenedFrom: daysBefore(30) };
    const closed = (await call('GetHistoryOfServiceTreatments', month)).data as Row[];
    expect(closed.every((row) => row.Closed! >= row.Initialized! && row.Closed! <= NOW)).toBe(true);
    const since = daysBefore(3).dateTime;
    const late = (await call('GetHistoryOfServiceTreatments', { ...month, ClosedFrom: { dateTime: since } })).data as Row[];
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((row) => row.Closed! >= since)).toBe(true);
    expect(await call('GetHistoryOfServiceTreatments', { ...month, ClosedFrom: { dateTime: since }, ClosedTo: daysBefore(4) })).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'ClosedFrom: начало периода позже его окончания',
    });
    const open = (await call('GetOpenedServiceTreatments', month)).data as Row[];
    expect(open.length).toBeGreaterThan(0);
    const closedIds = new Set(closed.map((row) => row.ServiceTreatmentID));
    expect(open.some((row) => closedIds.has(row.ServiceTreatmentID))).toBe(false);
  });

  it('GetHistoryOfServiceRASessions: AnyComments when the session has comments', async () => {
    const sessions = (await call('GetHistoryOfServiceRASessions', { PeriodFrom: daysBefore(7) })).data as Row[];
    const comments = (await call('GetHistoryOfServiceRASessionsComments', { PeriodFrom: daysBefore(7) })).data as Row[];
    const commented = new Set(comments.map((row) => row.RAAccessID));
    for (const s of sessions.filter((row) => commented.has(row.RAAccessID))) expect(s.AnyComments).toBe('true');
    expect(sessions.some((row) => row.AnyComments === 'false')).toBe(true);
    expect(sessions.some((row) => row.Result === 'false' && row.Duration === '0')).toBe(true);
  });

  it('writes times in the account\'s time zone and reads PeriodFrom in it', async () => {
    const [first] = (await call('GetHistoryOfServiceChat', { PeriodFrom: { dateTime: '2024-03-01T10:00:00' } })).data as Row[];
    const stored = fixture.mock.runtime.db.prepare('SELECT message_time FROM chat_messages WHERE account = ? AND id = ?').get('demo', first.MessageID) as { message_time: string };
    expect(first.MessageTime).toBe(new Date(Date.parse(stored.message_time) + 3 * 3_600_000).toISOString().slice(0, 19));
    const res = await fetch(`${fixture.mock.url}/admin/api/accounts/demo/time-zone`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ utcOffset: '+05:00' }) });
    expect(res.status).toBe(200);
    try {
      const [same] = (await call('GetHistoryOfServiceChat', { PeriodFrom: { dateTime: '2024-03-01T12:00:00' } })).data as Row[];
      expect(same.MessageID).toBe(first.MessageID);
      expect(same.MessageTime).toBe(new Date(Date.parse(stored.message_time) + 5 * 3_600_000).toISOString().slice(0, 19));
    } finally {
      fixture.mock.runtime.accounts.setTimeZone('demo', 180);
    }
  });

  it('GetHistoryOfServiceFileTransfer: 90 days with the extended features, 7 without', async () => {
    const res = await fetch(`${fixture.mock.url}/admin/api/accounts/demo/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ extendedFeatures: false }),
    });
    expect(res.status).toBe(200);
    try {
      expect(await call('GetHistoryOfServiceFileTransfer', { PeriodFrom: daysBefore(8) })).toEqual({ code: 'PERIOD_EXCEEDED', data: 'PeriodFrom' });
      expect((await call('GetHistoryOfServiceFileTransfer', { PeriodFrom: daysBefore(7) })).code).toBe('SUCCESS');
      await setClock(fixture.mock.url, NIGHT);
      expect((await call('GetHistoryOfServiceFileTransfer', { PeriodFrom: daysBefore(60) })).code).toBe('SUCCESS');
      // Spec 3.73: PeriodFrom is required by day only.
      const everything = (await call('GetHistoryOfServiceFileTransfer', {})).data as Row[];
      expect(everything.length).toBeGreaterThan(((await call('GetHistoryOfServiceFileTransfer', { PeriodFrom: daysBefore(60) })).data as Row[]).length);
    } finally {
      fixture.mock.runtime.accounts.setSubscriptions('demo', { extendedFeatures: true });
    }
  });

  it('GetHistoryOfServiceFileTransfer: the DownloadLink gives the exact bytes of FileCheckSumMD5 and FileSize', async () => {
    const rows = (await call('GetHistoryOfServiceFileTransfer', { PeriodFrom: daysBefore(90) })).data as Row[];
    const ready = rows.filter((row) => row.Status === 'DOWNLOADED');
    expect(ready.length).toBeGreaterThan(3);
    expect(new Set(rows.map((row) => row.Status))).toEqual(new Set(['DOWNLOADED', 'EXPIRED', 'DELETED']));
    const { createHash } = await import('node:crypto');
    for (const row of ready.slice(0, 3)) {
      expect(row.DownloadLink).toBe(`${fixture.mock.url}/cus/files/${row.FileID}`);
      expect(row.FileName!.endsWith(row.FileExtension!)).toBe(true);
      const res = await fetch(row.DownloadLink!, { headers: { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` } });
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(createHash('md5').update(bytes).digest('hex')).toBe(row.FileCheckSumMD5);
      expect(String(bytes.length)).toBe(row.FileSize);
    }
    const gone = rows.find((row) => row.Status === 'EXPIRED')!;
    expect((await fetch(gone.DownloadLink!, { headers: { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` } })).status).toBe(410);
  });
});
