import { describe, expect, it } from 'vitest';
import { WELL_KNOWN, WELL_KNOWN_ITS } from '../../../seed/demo-world.js';
import { call, callWith, tableArg, type ParamInput } from '../../support/soap-client.js';
import { useMock } from '../../support/use-mock.js';

type RowResult = { ResultCode: string; ResultData: unknown };

interface BatchCase {
  op: string;
  columns: string[];
  good: (i: number) => ParamInput[];
  goodResult?: unknown;
  bad: ParamInput[];
  badResult: RowResult;
  /** The day limit of spec 4.2, when it is below 100. */
  perHour?: number;
}

const managerCase = (op: string): BatchCase => ({
  op,
  columns: ['ClientID', 'SpecialistID'],
  good: () => [WELL_KNOWN.ownClient, WELL_KNOWN.specialist],
  bad: [WELL_KNOWN.thirdPartyClient, WELL_KNOWN.specialist],
  badResult: { ResultCode: 'ACCESS_ERROR', ResultData: 'ClientID' },
  perHour: 10,
});

const CASES: BatchCase[] = [
  managerCase('ClientSetClientManager'),
  managerCase('ClientSetServiceManager'),
  {
    op: 'ClientUserEdit',
    columns: ['ClientUserID', 'Name'],
    good: (i) => [WELL_KNOWN.ownClientUser, `Имя ${i}`],
    bad: [WELL_KNOWN.thirdPartyClientUser, 'Чужой'],
    badResult: { ResultCode: 'ACCESS_ERROR', ResultData: 'ClientUserID' },
  },
  {
    op: 'SpecialistEdit',
    columns: ['SpecialistID', 'Post'],
    good: (i) => [WELL_KNOWN.specialist, `Должность ${i}`],
    bad: [WELL_KNOWN.servedForeignSpecialist, 'Чужой'],
    badResult: { ResultCode: 'UID_NOT_CORRECT', ResultData: 'SpecialistID' },
  },
  {
    op: 'SpecialistDelete',
    columns: ['SpecialistID'],
    good: () => [WELL_KNOWN.specialist],
    bad: ['иванов'],
    badResult: { ResultCode: 'UID_NOT_CORRECT', ResultData: 'SpecialistID' },
  },
  {
    op: 'ClientITSStatus',
    columns: ['ClientINN', 'RegNumberPP1C'],
    good: () => [WELL_KNOWN_ITS.prof.inn, WELL_KNOWN_ITS.prof.regNumber],
    goodResult: [{ DateFrom: '2024-01-01T00:00:00', DateTo: '2024-12-31T00:00:00', ITSLevel: 'PROF' }],
    bad: ['', '800123456'],
    badResult: { ResultCode: 'EMPTY_PARAM', ResultData: 'ClientINN' },
  },
  {
    op: 'ClientUserSendWelcomeEmail',
    columns: ['ClientUserID'],
    good: () => [WELL_KNOWN.ownClientUser],
    bad: [WELL_KNOWN.deletedClientUser],
    badResult: { ResultCode: 'UID_NOT_CORRECT', ResultData: 'ClientUserID' },
  },
  {
    op: 'SpecialistSendWelcomeEmail',
    columns: ['SpecialistID'],
    good: () => [WELL_KNOWN.specialist],
    bad: [WELL_KNOWN.servedForeignSpecialist],
    badResult: { ResultCode: 'UID_NOT_CORRECT', ResultData: 'SpecialistID' },
  },
];

describe('PartnerWebAPI2 batches of the directory\'s people (spec 1, 4.2; WIRE-FORMAT 8)', () => {
  const f = useMock();
  const used = async (op: string): Promise<number | undefined> => {
    const usage = (await (await fetch(`${f.mock.url}/admin/api/accounts/demo/limits`)).json()) as { operations: { operation: string; used: number }[] };
    return usage.operations.find((o) => o.operation === op)?.used;
  };

  describe.each(CASES.map((c) => [c.op, c] as const))('%s', (_op, c) => {
    it('answers a 100-row batch row by row; each row counts against the hourly limit', async () => {
      const rows = Array.from({ length: 100 }, (_, i) => (i === 1 ? c.bad : c.good(i)));
      const result = await call(f.soap11, c.op, tableArg(c.columns, rows));
      expect(result.code).toBe('SUCCESS');
      const outcomes = result.data as RowResult[];
      expect(outcomes).toHaveLength(100);
      const limit = c.perHour ?? 100;
      const outOfLimit = { ResultCode: 'OUT_OF_LIMIT', ResultData: `Превышен лимит вызовов операции ${c.op}: ${c.perHour} в час` };
      const expected = rows.map((_, i) =>
        i >= limit ? outOfLimit : i === 1 ? c.badResult : { ResultCode: 'SUCCESS', ResultData: c.goodResult ?? null },
      );
      expect(outcomes).toEqual(expected);
      expect(await used(c.op)).toBe(Math.min(100, limit));
    });

    it('refuses 101 rows and a batch without a required column, changing nothing', async () => {
      const rows = Array.from({ length: 101 }, (_, i) => c.good(i));
      expect(await call(f.soap11, c.op, tableArg(c.columns, rows))).toEqual({ code: 'TABLE_SIZE_LIMIT_EXCEEDED', data: 'Params' });
      for (const [k, missing] of c.columns.entries()) {
        if (c.op.endsWith('Edit') && k > 0) continue;
        const columns = c.columns.filter((_, j) => j !== k);
        const partial = [c.good(0).filter((_, j) => j !== k)];
        expect(await call(f.soap11, c.op, tableArg(columns, partial))).toEqual({ code: 'STRUCTURE_IS_INVALID', data: missing });
      }
      const outbox = f.mock.runtime.db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE account = 'demo'").get() as { n: number };
      expect(outbox.n).toBe(0);
    });
  });

  it('a ClientUserEdit batch leaves the last good row\'s value; SpecialistDelete rows after the first change nothing', async () => {
    const names = Array.from({ length: 5 }, (_, i) => [WELL_KNOWN.ownClientUser, `Имя ${i}`]);
    expect((await call(f.soap11, 'ClientUserEdit', tableArg(['ClientUserID', 'Name'], names))).code).toBe('SUCCESS');
    const users = (await callWith(f.soap11, 'ClientUserRead', { ClientID: WELL_KNOWN.ownClient })).data as Record<string, string>[];
    expect(users.find((u) => u.ClientUserID === WELL_KNOWN.ownClientUser)?.Name).toBe('Имя 4');
    const deletes = Array.from({ length: 3 }, () => [WELL_KNOWN.specialist]);
    expect(await call(f.soap11, 'SpecialistDelete', tableArg(['SpecialistID'], deletes))).toEqual({
      code: 'SUCCESS',
      data: [0, 1, 2].map(() => ({ ResultCode: 'SUCCESS', ResultData: null })),
    });
    const specialists = (await callWith(f.soap11, 'SpecialistRead')).data as Record<string, string>[];
    expect(specialists.find((s) => s.SpecialistID === WELL_KNOWN.specialist)?.Deleted).toBe('true');
  });
});
