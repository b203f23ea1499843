import type { Client } from 'soap';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { call, callWith, tableArg } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

describe('PartnerWebAPI2 clients (spec 3.21–3.24)', () => {
  const f = useMock();

  const clients = async (client: Client = f.soap11): Promise<Row[]> => {
    const r = await callWith(client, 'ClientRead');
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const byId = (rows: Row[], id: string) => rows.find((r) => r.ClientID === id);

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('ClientRead lists own and visible third-party clients', async () => {
      const rows = await clients(client());
      expect(byId(rows, WELL_KNOWN.ownClient)).toMatchObject({ Name: 'ООО «Ромашка»', RegionID: WELL_KNOWN.regionMoscow, Deleted: 'false', CreatedByMe: 'true' });
      expect(byId(rows, WELL_KNOWN.thirdPartyClient)).toMatchObject({ CreatedByMe: 'false', ClientManager: null, ServiceManager: null, RegNumberPPIC: '' });
    });

    it('ClientAdd, ClientEdit and ClientDelete change what ClientRead shows', async () => {
      const added = await callWith(client(), 'ClientAdd', { Name: 'ООО «Новый»', RegionID: WELL_KNOWN.regionMoscow, TaxPayerIdentifier: '7701234567' });
      expect(added.code).toBe('SUCCESS');
      const id = (added.data as Row).ClientID as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await callWith(client(), 'ClientEdit', { ClientID: id, FullName: 'Общество «Новый»', RegNumberPPIC: '123456789' })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await clients(client()), id)).toMatchObject({ Name: 'ООО «Новый»', FullName: 'Общество «Новый»', TaxPayerIdentifier: '7701234567', RegNumberPPIC: '123456789', Deleted: 'false', CreatedByMe: 'true' });
      expect(await callWith(client(), 'ClientDelete', { ClientID: id })).toEqual({ code: 'SUCCESS', data: null });
      expect(byId(await clients(client()), id)?.Deleted).toBe('true');
    });
  });

  it('ClientRead hides invisible clients, the partner itself, and filters by ChangedFrom in the account zone', async () => {
    const rows = await clients();
    expect(byId(rows, WELL_KNOWN.invisibleClient)).toBeUndefined();
    expect(byId(rows, WELL_KNOWN.partner)).toBeUndefined();
    expect(byId(rows, WELL_KNOWN.otherPartner)).toMatchObject({ CreatedByMe: 'false' });
    // Ромашка changed at 2024-02-25T19:53:32Z, that is 22:53:32 in Moscow (the account's zone).
    const since = async (value: string) => (await callWith(f.soap11, 'ClientRead', { ChangedFrom: { dateTime: value } })).data as Row[];
    expect(byId(await since('2024-02-25T22:53:32'), WELL_KNOWN.ownClient)).toBeDefined();
    expect(byId(await since('2024-02-25T22:53:33'), WELL_KNOWN.ownClient)).toBeUndefined();
    expect(byId(await since('2024-02-25T19:53:32+00:00'), WELL_KNOWN.ownClient)).toBeDefined();
    expect(await callWith(f.soap11, 'ClientRead', { ChangedFrom: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: 'ChangedFrom' });
    expect(await callWith(f.soap11, 'ClientRead', { ChangedFrom: true })).toEqual({ code: 'TYPE_MISMATCH', data: 'ChangedFrom' });
  });

  it('ClientAdd answers each parameter error with its code and the parameter name', async () => {
    const add = (p: Parameters<typeof callWith>[2]) => callWith(f.soap11, 'ClientAdd', p);
    const region = WELL_KNOWN.regionMoscow;
    expect(await add({ RegionID: region })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Name' });
    expect(await add({ Name: 'А' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'RegionID' });
    expect(await add({ Name: 5, RegionID: region })).toEqual({ code: 'TYPE_MISMATCH', data: 'Name' });
    expect(await add({ Name: '', RegionID: region })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await add({ Name: 'А', RegionID: '   ' })).toEqual({ code: 'EMPTY_PARAM', data: 'RegionID' });
    expect(await add({ Name: 'А', RegionID: '00000000-0000-0000-0000-000000000000' })).toEqual({ code: 'EMPTY_PARAM', data: 'RegionID' });
    expect(await add({ Name: 'А', RegionID: 'Москва' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'RegionID' });
    expect(await add({ Name: 'А', RegionID: '11111111-2222-3333-4444-555555555555' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'RegionID' });
    expect(await add({ Name: 'Я'.repeat(51), RegionID: region })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await add({ Name: 'А', RegionID: region, FullName: 'Я'.repeat(256) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'FullName' });
    expect(await add({ Name: 'А', RegionID: region, RegNumberPPIC: '1234567890123' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'RegNumberPPIC' });
    expect(await add({ Name: 'А', RegionID: WELL_KNOWN.regionKamchatka })).toEqual({ code: 'ACCESS_ERROR', data: 'RegionID' });
    expect(await add({ Name: 'А', RegionID: region, FullName: '', TaxPayerIdentifier: '', RegNumberPPIC: '' })).toMatchObject({ code: 'SUCCESS' });
  });

  it('ClientEdit and ClientDelete refuse deleted, invisible and third-party clients', async () => {
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.thirdPartyClient, Name: 'Чужой' })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientDelete', { ClientID: WELL_KNOWN.thirdPartyClient })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.invisibleClient, Name: 'Чужой' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientDelete', { ClientID: WELL_KNOWN.invisibleClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.deletedOwnClient, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.partner, Name: 'Своя организация' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.otherPartner, Name: 'Соседи' })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.ownClient, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.ownClient, RegionID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'RegionID' });
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.ownClient, RegionID: WELL_KNOWN.regionKamchatka })).toEqual({ code: 'ACCESS_ERROR', data: 'RegionID' });
    expect(await callWith(f.soap11, 'ClientEdit', { Name: 'Без id' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientDelete', { ClientID: WELL_KNOWN.ownClient.toUpperCase() })).toEqual({ code: 'SUCCESS', data: null });
  });

  it('ClientEdit accepts the spec 3.23 spelling RegNumberPP1С', async () => {
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.ownClient, 'RegNumberPP1С': '555' })).toEqual({ code: 'SUCCESS', data: null });
    expect(byId(await clients(), WELL_KNOWN.ownClient)?.RegNumberPPIC).toBe('555');
  });

  it('a ClientEdit batch applies every good row and reports the bad one in place', async () => {
    const result = await call(
      f.soap12,
      'ClientEdit',
      tableArg(
        ['ClientID', 'Name'],
        [
          [WELL_KNOWN.ownClient, 'ООО «Ромашка-2»'],
          [WELL_KNOWN.thirdPartyClient, 'Чужой'],
          ['not-a-uuid', 'Кривой'],
          [WELL_KNOWN.deletedOwnClient, 'ООО «Старый склад-2»'],
          [WELL_KNOWN.ownClient, ''],
        ],
      ),
    );
    expect(result).toEqual({
      code: 'SUCCESS',
      data: [
        { ResultCode: 'SUCCESS', ResultData: null },
        { ResultCode: 'ACCESS_ERROR', ResultData: 'ClientID' },
        { ResultCode: 'UID_NOT_CORRECT', ResultData: 'ClientID' },
        { ResultCode: 'UID_NOT_CORRECT', ResultData: 'ClientID' },
        { ResultCode: 'EMPTY_PARAM', ResultData: 'Name' },
      ],
    });
    const rows = await clients();
    expect(byId(rows, WELL_KNOWN.ownClient)?.Name).toBe('ООО «Ромашка-2»');
    expect(byId(rows, WELL_KNOWN.thirdPartyClient)?.Name).toBe('ООО «Василёк»');
  });

  it('refuses a batch that is too large or lacks a required column, changing nothing', async () => {
    const rows = Array.from({ length: 101 }, () => [WELL_KNOWN.ownClient, 'X']);
    expect(await call(f.soap11, 'ClientEdit', tableArg(['ClientID', 'Name'], rows))).toEqual({ code: 'TABLE_SIZE_LIMIT_EXCEEDED', data: 'Params' });
    expect(await call(f.soap11, 'ClientEdit', tableArg(['Name'], [['X']]))).toEqual({ code: 'STRUCTURE_IS_INVALID', data: 'ClientID' });
    expect(await call(f.soap11, 'ClientEdit', tableArg(['ClientID', 'Name'], []))).toEqual({ code: 'EMPTY_PARAM', data: 'Params' });
    expect(await call(f.soap11, 'ClientAdd', tableArg(['Name', 'RegionID'], [['X', WELL_KNOWN.regionMoscow]]))).toEqual({ code: 'TYPE_MISMATCH', data: 'Params' });
    expect(byId(await clients(), WELL_KNOWN.ownClient)?.Name).toBe('ООО «Ромашка»');
  });
});
