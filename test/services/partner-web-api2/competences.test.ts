import { describe, expect, it, onTestFinished } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { checkBatchRules } from '../../support/batch-rules.js';
import { call, callWith, tableArg } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

const UNKNOWN = '11111111-2222-3333-4444-555555555555';

describe('PartnerWebAPI2 competences (spec 3.29–3.32)', () => {
  const f = useMock();

  const competences = async (params = {}): Promise<Row[]> => {
    const r = await callWith(f.soap11, 'CompetenceRead', params);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const find = (rows: Row[], specialist: string, line: string) => rows.find((r) => r.SpecialistID === specialist && r.ServiceID === line);
  const specialists = async () => (await callWith(f.soap11, 'SpecialistRead')).data as Row[];

  it('CompetenceRead lists the specialists\' lines with server-zone dates and priorities', async () => {
    const rows = await competences();
    expect(Object.keys(rows[0])).toEqual(['SpecialistID', 'ServiceID', 'ActivateDate', 'ExpiresDate', 'Priority']);
    expect(find(rows, WELL_KNOWN.specialist, WELL_KNOWN.supportLine)).toMatchObject({ Priority: '1' });
    expect(find(rows, WELL_KNOWN.specialist, WELL_KNOWN.vendorLine)).toBeDefined();
    const own = new Set((await specialists()).map((s) => s.SpecialistID));
    expect(rows.every((r) => own.has(r.SpecialistID))).toBe(true);
  });

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('CompetenceAdd, CompetenceEdit and CompetenceDelete change what CompetenceRead shows', async () => {
      const deletedLine = { SpecialistID: WELL_KNOWN.specialist, ServiceID: WELL_KNOWN.deletedLine };
      expect(await callWith(client(), 'CompetenceAdd', deletedLine)).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
      const newcomer = (await specialists()).find((s) => s.Deleted === 'false' && s.SpecialistID !== WELL_KNOWN.specialist) as Row;
      const pair = { SpecialistID: newcomer.SpecialistID as string, ServiceID: WELL_KNOWN.vendorLine };
      await callWith(client(), 'CompetenceDelete', pair);
      expect(find(await competences(), pair.SpecialistID, pair.ServiceID)).toBeUndefined();

      expect(await callWith(client(), 'CompetenceAdd', pair)).toEqual({ code: 'SUCCESS', data: null });
      // Added "from now": 2024-03-01 12:00 Moscow, the server's zone.
      expect(find(await competences(), pair.SpecialistID, pair.ServiceID)).toEqual({ ...pair, ActivateDate: '2024-03-01T12:00:00', ExpiresDate: '0001-01-01T00:00:00', Priority: '3' });
      expect(await callWith(client(), 'CompetenceEdit', { ...pair, Priority: 0 })).toEqual({ code: 'SUCCESS', data: null });
      expect(find(await competences(), pair.SpecialistID, pair.ServiceID)?.Priority).toBe('0');
      expect(await callWith(client(), 'CompetenceDelete', pair)).toEqual({ code: 'SUCCESS', data: null });
      expect(find(await competences(), pair.SpecialistID, pair.ServiceID)).toBeUndefined();
      expect(await callWith(client(), 'CompetenceDelete', pair)).toEqual({ code: 'SUCCESS', data: null });
      expect(await callWith(client(), 'CompetenceEdit', { ...pair, Priority: 2 })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    });
  });

  it('dates are in the server zone also for an account in another zone', async () => {
    const setZone = (utcOffset: string) =>
      fetch(`${f.mock.url}/admin/api/accounts/demo/settings`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ utcOffset }) });
    expect((await setZone('+05:00')).ok).toBe(true);
    onTestFinished(async () => void (await setZone('+03:00')));
    const newcomer = (await specialists()).find((s) => s.Deleted === 'false' && s.SpecialistID !== WELL_KNOWN.specialist) as Row;
    const pair = { SpecialistID: newcomer.SpecialistID as string, ServiceID: WELL_KNOWN.supportLine };
    await callWith(f.soap11, 'CompetenceDelete', pair);
    await callWith(f.soap11, 'CompetenceAdd', { ...pair, Priority: 2 });
    expect(find(await competences(), pair.SpecialistID, pair.ServiceID)).toMatchObject({ ActivateDate: '2024-03-01T12:00:00', Priority: '2' });
  });

  it('ChangedFrom keeps what changed since, and an edit moves a competence into the window', async () => {
    const window = { ChangedFrom: { dateTime: '2024-03-01T11:00:00' } };
    expect(await competences(window)).toEqual([]);
    await callWith(f.soap11, 'CompetenceEdit', { SpecialistID: WELL_KNOWN.specialist, ServiceID: WELL_KNOWN.supportLine, Priority: 2 });
    expect(await competences(window)).toEqual([expect.objectContaining({ SpecialistID: WELL_KNOWN.specialist, ServiceID: WELL_KNOWN.supportLine, Priority: '2' })]);
    expect(await callWith(f.soap11, 'CompetenceRead', { ChangedFrom: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: 'ChangedFrom' });
  });

  it('answers each parameter error with its code and the parameter name', async () => {
    const add = (p: Parameters<typeof callWith>[2]) => callWith(f.soap11, 'CompetenceAdd', p);
    const line = WELL_KNOWN.supportLine;
    const spec = WELL_KNOWN.specialist;
    const deleted = (await specialists()).find((s) => s.Deleted === 'true')?.SpecialistID as string;
    expect(await add({ ServiceID: line })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'SpecialistID' });
    expect(await add({ SpecialistID: spec })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ServiceID' });
    expect(await add({ SpecialistID: spec, ServiceID: 5 })).toEqual({ code: 'TYPE_MISMATCH', data: 'ServiceID' });
    expect(await add({ SpecialistID: '', ServiceID: line })).toEqual({ code: 'EMPTY_PARAM', data: 'SpecialistID' });
    expect(await add({ SpecialistID: UNKNOWN, ServiceID: line })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await add({ SpecialistID: deleted, ServiceID: line })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await add({ SpecialistID: WELL_KNOWN.foreignSpecialist, ServiceID: line })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await add({ SpecialistID: spec, ServiceID: WELL_KNOWN.exportedLineImport })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await add({ SpecialistID: spec, ServiceID: line, Priority: 4 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Priority' });
    expect(await add({ SpecialistID: spec, ServiceID: line, Priority: 1.5 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Priority' });
    expect(await add({ SpecialistID: spec, ServiceID: line, Priority: '1' })).toEqual({ code: 'TYPE_MISMATCH', data: 'Priority' });
    expect(await add({ SpecialistID: spec, ServiceID: line, Priority: 0 })).toEqual({ code: 'SUCCESS', data: null });
    expect(await callWith(f.soap11, 'CompetenceEdit', { SpecialistID: spec, ServiceID: line })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Priority' });
    expect(await callWith(f.soap11, 'CompetenceDelete', { SpecialistID: deleted, ServiceID: WELL_KNOWN.deletedLine })).toEqual({ code: 'SUCCESS', data: null });
  });

  it('a batch reports every row in place', async () => {
    const result = await call(
      f.soap11,
      'CompetenceEdit',
      tableArg(
        ['SpecialistID', 'ServiceID', 'Priority'],
        [
          [WELL_KNOWN.specialist, WELL_KNOWN.supportLine, 2],
          [WELL_KNOWN.specialist, WELL_KNOWN.supportLine, 7],
          [UNKNOWN, WELL_KNOWN.supportLine, 1],
        ],
      ),
    );
    expect(result).toEqual({
      code: 'SUCCESS',
      data: [
        { ResultCode: 'SUCCESS', ResultData: null },
        { ResultCode: 'VALUE_IS_NOT_VALID', ResultData: 'Priority' },
        { ResultCode: 'UID_NOT_CORRECT', ResultData: 'SpecialistID' },
      ],
    });
    expect(find(await competences(), WELL_KNOWN.specialist, WELL_KNOWN.supportLine)?.Priority).toBe('2');
  });

  it.each([
    ['CompetenceAdd', ['SpecialistID', 'ServiceID', 'Priority'], ['SpecialistID', 'ServiceID']],
    ['CompetenceEdit', ['SpecialistID', 'ServiceID', 'Priority'], ['SpecialistID', 'ServiceID', 'Priority']],
    ['CompetenceDelete', ['SpecialistID', 'ServiceID'], ['SpecialistID', 'ServiceID']],
  ])('%s: 100 rows one by one, 101 refused, required columns named', async (op, columns, required) => {
    const lines = [WELL_KNOWN.supportLine, WELL_KNOWN.vendorLine];
    const data = await checkBatchRules(f, op, columns, (i) => [WELL_KNOWN.specialist, lines[i % 2], i % 4].slice(0, columns.length), required);
    expect(data.every((r) => r.ResultCode === 'SUCCESS')).toBe(true);
  });
});
