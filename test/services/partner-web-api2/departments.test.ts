import type { Client } from 'soap';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { setClock } from '../../support/mock-server.js';
import { callWith } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

describe('PartnerWebAPI2 departments (spec 3.65–3.68)', () => {
  const f = useMock();

  const departments = async (client: Client): Promise<Row[]> => {
    const r = await callWith(client, 'DepartmentRead');
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('DepartmentRead lists only own departments with the live column order', async () => {
      const rows = await departments(client());
      expect(Object.keys(rows[0])).toEqual(['DepartmentID', 'Name', 'Deleted']);
      expect(rows.find((r) => r.DepartmentID === WELL_KNOWN.department)).toEqual({ DepartmentID: WELL_KNOWN.department, Name: 'Линия консультаций', Deleted: 'false' });
      expect(rows.find((r) => r.DepartmentID === WELL_KNOWN.foreignDepartment)).toBeUndefined();
    });

    it('DepartmentAdd, DepartmentEdit and DepartmentDelete', async () => {
      const added = await callWith(client(), 'DepartmentAdd', { Name: 'Отдел внедрения' });
      expect(added.code).toBe('SUCCESS');
      const id = (added.data as Row).DepartmentID as string;
      expect(await callWith(client(), 'DepartmentEdit', { DepartmentID: id, Name: 'Отдел внедрения 1С' })).toEqual({ code: 'SUCCESS', data: null });
      expect(await callWith(client(), 'DepartmentDelete', { DepartmentID: id })).toEqual({ code: 'SUCCESS', data: null });
      expect((await departments(client())).find((r) => r.DepartmentID === id)).toEqual({ DepartmentID: id, Name: 'Отдел внедрения 1С', Deleted: 'true' });
    });
  });

  it('shows only departments changed since ChangedFrom; a new one carries the virtual now', async () => {
    await callWith(f.soap11, 'DepartmentAdd', { Name: 'Новый отдел' });
    const rows = (await callWith(f.soap11, 'DepartmentRead', { ChangedFrom: { dateTime: '2024-03-01T12:00:00' } })).data as Row[];
    expect(rows.map((r) => r.Name)).toEqual(['Новый отдел']);
  });

  it('answers parameter errors with the parameter name', async () => {
    expect(await callWith(f.soap11, 'DepartmentAdd', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Name' });
    expect(await callWith(f.soap11, 'DepartmentAdd', { Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await callWith(f.soap11, 'DepartmentAdd', { Name: 'Д'.repeat(101) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await callWith(f.soap11, 'DepartmentAdd', { Name: 'Д'.repeat(100) })).toMatchObject({ code: 'SUCCESS' });
    expect(await callWith(f.soap11, 'DepartmentEdit', { Name: 'X' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'DepartmentID' });
    expect(await callWith(f.soap11, 'DepartmentEdit', { DepartmentID: WELL_KNOWN.department, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await callWith(f.soap11, 'DepartmentEdit', { DepartmentID: WELL_KNOWN.foreignDepartment, Name: 'X' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await callWith(f.soap11, 'DepartmentDelete', { DepartmentID: 'd001' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    expect(await callWith(f.soap11, 'DepartmentDelete', { DepartmentID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'DepartmentID' });
    expect(await callWith(f.soap11, 'DepartmentDelete', { DepartmentID: 7 })).toEqual({ code: 'TYPE_MISMATCH', data: 'DepartmentID' });
  });

  it('a deleted department cannot be edited; deleting it again changes nothing', async () => {
    expect(await callWith(f.soap11, 'DepartmentDelete', { DepartmentID: WELL_KNOWN.department })).toEqual({ code: 'SUCCESS', data: null });
    expect(await callWith(f.soap11, 'DepartmentEdit', { DepartmentID: WELL_KNOWN.department, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    await setClock(f.mock.url, '2024-03-01T13:00:00+03:00');
    expect(await callWith(f.soap11, 'DepartmentDelete', { DepartmentID: WELL_KNOWN.department })).toEqual({ code: 'SUCCESS', data: null });
    const since = (await callWith(f.soap11, 'DepartmentRead', { ChangedFrom: { dateTime: '2024-03-01T12:30:00' } })).data as Record<string, string>[];
    expect(since.find((r) => r.DepartmentID === WELL_KNOWN.department)).toBeUndefined();
  });
});
