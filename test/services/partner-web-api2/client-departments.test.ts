import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { setClock } from '../../support/mock-server.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

describe('PartnerWebAPI2 client departments (spec 3.69–3.72)', () => {
  const f = useMock();
  const send = (op: string, p: Record<string, ParamInput> = {}) => callWith(f.soap11, op, p);
  const read = async (p: Record<string, ParamInput> = {}): Promise<Row[]> => {
    const r = await send('ClientDepartmentRead', p);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const byId = (rows: Row[], id: string) => rows.find((r) => r.DepartmentID === id);

  it('ClientDepartmentRead lists departments of own and visible third-party clients, not of invisible ones', async () => {
    const rows = await read();
    expect(Object.keys(rows[0])).toEqual(['ClientID', 'DepartmentID', 'Name', 'Deleted']);
    expect(byId(rows, WELL_KNOWN.ownClientDepartment)).toEqual({ ClientID: WELL_KNOWN.ownClient, DepartmentID: WELL_KNOWN.ownClientDepartment, Name: 'Бухгалтерия', Deleted: 'false' });
    expect(byId(rows, WELL_KNOWN.thirdPartyClientDepartment)).toMatchObject({ ClientID: WELL_KNOWN.thirdPartyClient });
    expect(rows.some((r) => r.ClientID === WELL_KNOWN.invisibleClient)).toBe(false);
    expect(rows.some((r) => r.Deleted === 'true')).toBe(true);
    const own = await read({ ClientID: WELL_KNOWN.ownClient });
    expect(own.length).toBeGreaterThan(1);
    expect(own.every((r) => r.ClientID === WELL_KNOWN.ownClient)).toBe(true);
  });

  it('ClientDepartmentRead checks its parameters', async () => {
    expect(await send('ClientDepartmentRead', { ClientID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientID' });
    expect(await send('ClientDepartmentRead', { ClientID: WELL_KNOWN.invisibleClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await send('ClientDepartmentRead', { ClientID: 'отдел' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await send('ClientDepartmentRead', { ChangedFrom: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: 'ChangedFrom' });
    expect(await send('ClientDepartmentRead', { ChangedFrom: 5 })).toEqual({ code: 'TYPE_MISMATCH', data: 'ChangedFrom' });
  });

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('ClientDepartmentAdd, Edit and Delete change what ClientDepartmentRead shows', async () => {
      const added = await callWith(client(), 'ClientDepartmentAdd', { ClientID: WELL_KNOWN.ownClient, Name: 'Отдел логистики' });
      expect(added.code).toBe('SUCCESS');
      const id = (added.data as Row).DepartmentID as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(byId(await read(), id)).toEqual({ ClientID: WELL_KNOWN.ownClient, DepartmentID: id, Name: 'Отдел логистики', Deleted: 'false' });
      expect(await callWith(client(), 'ClientDepartmentEdit', { ClientID: WELL_KNOWN.ownClient, DepartmentID: id, Name: 'Логистика' })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await read(), id)?.Name).toBe('Логистика');
      expect(await callWith(client(), 'ClientDepartmentDelete', { ClientID: WELL_KNOWN.ownClient, DepartmentID: id })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await read(), id)?.Deleted).toBe('true');
    });
  });

  it('an edit moves a department into the ChangedFrom window (account zone)', async () => {
    const since = { ChangedFrom: { dateTime: '2024-03-01T11:59:00' } };
    expect(byId(await read(since), WELL_KNOWN.ownClientDepartment)).toBeUndefined();
    expect(await send('ClientDepartmentEdit', { ClientID: WELL_KNOWN.ownClient, DepartmentID: WELL_KNOWN.ownClientDepartment, Name: 'Бухгалтерия и касса' })).toEqual({ code: 'SUCCESS', data: null });
    expect(byId(await read(since), WELL_KNOWN.ownClientDepartment)).toMatchObject({ Name: 'Бухгалтерия и касса' });
    expect(byId(await read({ ChangedFrom: { dateTime: '2024-03-01T12:00:01' } }), WELL_KNOWN.ownClientDepartment)).toBeUndefined();
  });

  it('ClientDepartmentAdd answers each error with the parameter name', async () => {
    const add = (p: Record<string, ParamInput>) => send('ClientDepartmentAdd', p);
    expect(await add({ Name: 'А' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientID' });
    expect(await add({ ClientID: WELL_KNOWN.ownClient })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Name' });
    expect(await add({ ClientID: WELL_KNOWN.ownClient, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await add({ ClientID: '', Name: 'А' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientID' });
    expect(await add({ ClientID: WELL_KNOWN.ownClient, Name: 7 })).toEqual({ code: 'TYPE_MISMATCH', data: 'Name' });
    expect(await add({ ClientID: WELL_KNOWN.ownClient, Name: 'Я'.repeat(101) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await add({ ClientID: WELL_KNOWN.invisibleClient, Name: 'А' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await add({ ClientID: WELL_KNOWN.deletedOwnClient, Name: 'А' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await add({ ClientID: WELL_KNOWN.thirdPartyClient, Name: 'А' })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await add({ ClientID: WELL_KNOWN.ownClient, Name: 'Я'.repeat(100) })).toMatchObject({ code: 'SUCCESS' });
  });

  it('ClientDepartmentEdit and Delete refuse foreign, mismatched and deleted departments', async () => {
    const own = { ClientID: WELL_KNOWN.ownClient, DepartmentID: WELL_KNOWN.ownClientDepartment };
    const third = { ClientID: WELL_KNOWN.thirdPartyClient, DepartmentID: WELL_KNOWN.thirdPartyClientDepartment };
    for (const op of ['ClientDepartmentEdit', 'ClientDepartmentDelete']) {
      expect(await send(op, { DepartmentID: WELL_KNOWN.ownClientDepartment })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientID' });
      expect(await send(op, { ClientID: WELL_KNOWN.ownClient })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'DepartmentID' });
      expect(await send(op, { ...own, DepartmentID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'DepartmentID' });
      expect(await send(op, { ...own, DepartmentID: WELL_KNOWN.department })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
      expect(await send(op, { ClientID: WELL_KNOWN.ownClient, DepartmentID: WELL_KNOWN.thirdPartyClientDepartment })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
      expect(await send(op, third)).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    }
    expect(await send('ClientDepartmentEdit', { ...own, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await send('ClientDepartmentDelete', own)).toEqual({ code: 'SUCCESS', data: null });
    expect(await send('ClientDepartmentEdit', { ...own, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'DepartmentID' });
    // Deleting a deleted department succeeds and changes nothing, its change time included.
    await setClock(f.mock.url, '2024-03-01T13:00:00+03:00');
    expect(await send('ClientDepartmentDelete', own)).toEqual({ code: 'SUCCESS', data: null });
    expect(byId(await read({ ChangedFrom: { dateTime: '2024-03-01T12:30:00' } }), WELL_KNOWN.ownClientDepartment)).toBeUndefined();
    expect(byId(await read(), WELL_KNOWN.ownClientDepartment)?.Deleted).toBe('true');
  });
});
