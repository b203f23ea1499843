import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { checkBatchRules } from '../../support/batch-rules.js';
import { call, callWith, tableArg } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

const UNKNOWN = '11111111-2222-3333-4444-555555555555';

describe('PartnerWebAPI2 additional client parameters (spec 3.9–3.14)', () => {
  const f = useMock();

  const kinds = async (): Promise<Row[]> => {
    const r = await callWith(f.soap11, 'ClientAdditionalParameterRead');
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const values = async (params: Parameters<typeof callWith>[2] = {}): Promise<Row[]> => {
    const r = await callWith(f.soap11, 'ClientAdditionalParameterValueRead', params);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };

  it('ClientAdditionalParameterRead lists the live kinds only', async () => {
    const rows = await kinds();
    expect(rows.map((r) => r.Name)).toEqual(expect.arrayContaining(['Категория клиента', 'Тариф сопровождения', 'Договор до']));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.ClientParameterID === WELL_KNOWN.clientParameter)).toEqual({
      ClientParameterID: WELL_KNOWN.clientParameter,
      Name: 'Категория клиента',
      ShowToClientUsers: 'false',
      ShowToSpecialists: 'true',
    });
    expect(rows.some((r) => r.ClientParameterID === WELL_KNOWN.deletedClientParameter)).toBe(false);
  });

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('Add (name cut at 50), Edit and Delete change what Read shows', async () => {
      const long = 'Дата последней сверки взаиморасчётов с контрагентом по договору';
      const added = await callWith(client(), 'ClientAdditionalParameterAdd', { Name: long, ShowToClientUsers: true, ShowToSpecialists: false });
      expect(added.code).toBe('SUCCESS');
      const id = (added.data as Row).ClientParameterID as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await kinds()).find((r) => r.ClientParameterID === id)).toEqual({ ClientParameterID: id, Name: long.slice(0, 50), ShowToClientUsers: 'true', ShowToSpecialists: 'false' });
      expect(await callWith(client(), 'ClientAdditionalParameterEdit', { ClientParameterID: id, Name: 'Сверка', 'ShowTo Specialists': true })).toEqual({ code: 'SUCCESS', data: null });
      expect((await kinds()).find((r) => r.ClientParameterID === id)).toMatchObject({ Name: 'Сверка', ShowToClientUsers: 'true', ShowToSpecialists: 'true' });
      expect(await callWith(client(), 'ClientAdditionalParameterDelete', { ClientParameterID: id })).toEqual({ code: 'SUCCESS', data: null });
      expect((await kinds()).some((r) => r.ClientParameterID === id)).toBe(false);
      expect(await callWith(client(), 'ClientAdditionalParameterDelete', { ClientParameterID: id })).toEqual({ code: 'SUCCESS', data: null });
      expect(await callWith(client(), 'ClientAdditionalParameterEdit', { ClientParameterID: id, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientParameterID' });
    });
  });

  it('allows at most 4 live kinds per partner', async () => {
    const add = () => callWith(f.soap11, 'ClientAdditionalParameterAdd', { Name: 'Регион обслуживания', ShowToClientUsers: false, ShowToSpecialists: true });
    expect((await add()).code).toBe('SUCCESS');
    expect(await add()).toEqual({ code: 'EXCEEDED_THE_NUMBER', data: 'Партнер может добавить не более 4 видов дополнительных параметров клиента' });
    expect(await callWith(f.soap11, 'ClientAdditionalParameterDelete', { ClientParameterID: WELL_KNOWN.clientParameter })).toEqual({ code: 'SUCCESS', data: null });
    expect((await add()).code).toBe('SUCCESS');
    expect(await kinds()).toHaveLength(4);
  });

  it('answers each parameter error of Add and Edit with its code and the parameter name', async () => {
    const add = (p: Parameters<typeof callWith>[2]) => callWith(f.soap11, 'ClientAdditionalParameterAdd', p);
    expect(await add({ ShowToClientUsers: true, ShowToSpecialists: true })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Name' });
    expect(await add({ Name: 'А', ShowToSpecialists: true })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ShowToClientUsers' });
    expect(await add({ Name: 'А', ShowToClientUsers: true })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ShowToSpecialists' });
    expect(await add({ Name: '', ShowToClientUsers: true, ShowToSpecialists: true })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await add({ Name: 'А', ShowToClientUsers: 'да', ShowToSpecialists: true })).toEqual({ code: 'TYPE_MISMATCH', data: 'ShowToClientUsers' });
    const edit = (p: Parameters<typeof callWith>[2]) => callWith(f.soap11, 'ClientAdditionalParameterEdit', p);
    expect(await edit({ Name: 'А' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientParameterID' });
    expect(await edit({ ClientParameterID: UNKNOWN })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientParameterID' });
    expect(await edit({ ClientParameterID: WELL_KNOWN.deletedClientParameter, Name: 'А' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientParameterID' });
    expect(await edit({ ClientParameterID: WELL_KNOWN.clientParameter, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await edit({ ClientParameterID: WELL_KNOWN.clientParameter, ShowToSpecialists: 1 })).toEqual({ code: 'TYPE_MISMATCH', data: 'ShowToSpecialists' });
    expect(await callWith(f.soap11, 'ClientAdditionalParameterDelete', { ClientParameterID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientParameterID' });
    expect(await callWith(f.soap11, 'ClientAdditionalParameterDelete', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientParameterID' });
  });

  it('ValueRead gives every visible client with its value, filtered by kind and client', async () => {
    const all = await values();
    const clients = ((await callWith(f.soap11, 'ClientRead')).data as Row[]).filter((c) => c.Deleted === 'false');
    expect(all).toHaveLength(3 * clients.length);
    expect(await values({ ClientParameterID: WELL_KNOWN.clientParameter, ClientID: WELL_KNOWN.ownClient })).toEqual([
      { ClientParameterID: WELL_KNOWN.clientParameter, ClientID: WELL_KNOWN.ownClient, Value: 'VIP', Color: 'GREEN' },
    ]);
    expect(await values({ ClientID: WELL_KNOWN.thirdPartyClient })).toEqual(
      (await kinds()).map((k) => ({ ClientParameterID: k.ClientParameterID, ClientID: WELL_KNOWN.thirdPartyClient, Value: '', Color: 'NONE' })),
    );
    expect(await callWith(f.soap11, 'ClientAdditionalParameterValueRead', { ClientID: WELL_KNOWN.invisibleClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientAdditionalParameterValueRead', { ClientParameterID: WELL_KNOWN.deletedClientParameter })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientParameterID' });
  });

  it('ValueEdit changes only what is given; errors are named', async () => {
    const edit = (p: Parameters<typeof callWith>[2]) => callWith(f.soap11, 'ClientAdditionalParameterValueEdit', { ClientParameterID: WELL_KNOWN.clientParameter, ...p });
    const one = async (client: string) => (await values({ ClientParameterID: WELL_KNOWN.clientParameter, ClientID: client }))[0];
    expect(await edit({ ClientID: WELL_KNOWN.thirdPartyClient, Value: 'Партнёр' })).toEqual({ code: 'SUCCESS', data: null });
    expect(await one(WELL_KNOWN.thirdPartyClient)).toMatchObject({ Value: 'Партнёр', Color: 'NONE' });
    expect(await edit({ ClientID: WELL_KNOWN.ownClient, Color: 'RED' })).toEqual({ code: 'SUCCESS', data: null });
    expect(await one(WELL_KNOWN.ownClient)).toMatchObject({ Value: 'VIP', Color: 'RED' });
    expect(await edit({ ClientID: WELL_KNOWN.ownClient, Value: '' })).toEqual({ code: 'SUCCESS', data: null });
    expect(await one(WELL_KNOWN.ownClient)).toMatchObject({ Value: '', Color: 'RED' });

    expect(await edit({ Value: 'A' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientID' });
    expect(await callWith(f.soap11, 'ClientAdditionalParameterValueEdit', { ClientID: WELL_KNOWN.ownClient })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientParameterID' });
    expect(await edit({ ClientID: WELL_KNOWN.ownClient, Value: '12345678901' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Value' });
    expect(await edit({ ClientID: WELL_KNOWN.ownClient, Color: 'PURPLE' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Color' });
    expect(await edit({ ClientID: WELL_KNOWN.ownClient, Color: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Color' });
    expect(await edit({ ClientID: WELL_KNOWN.invisibleClient, Value: 'A' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await edit({ ClientID: WELL_KNOWN.deletedOwnClient, Value: 'A' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await edit({ ClientParameterID: WELL_KNOWN.deletedClientParameter, ClientID: WELL_KNOWN.ownClient, Value: 'A' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientParameterID' });
  });

  it('a ValueEdit batch reports each row in place', async () => {
    const result = await call(
      f.soap11,
      'ClientAdditionalParameterValueEdit',
      tableArg(
        ['ClientParameterID', 'ClientID', 'Value', 'Color'],
        [
          [WELL_KNOWN.clientParameter, WELL_KNOWN.ownClient, 'B', 'BLUE'],
          [WELL_KNOWN.clientParameter, WELL_KNOWN.ownClient, 'B', 'BLACK'],
          [WELL_KNOWN.clientParameter, WELL_KNOWN.invisibleClient, 'B', 'BLUE'],
        ],
      ),
    );
    expect(result).toEqual({
      code: 'SUCCESS',
      data: [
        { ResultCode: 'SUCCESS', ResultData: null },
        { ResultCode: 'VALUE_IS_NOT_VALID', ResultData: 'Color' },
        { ResultCode: 'UID_NOT_CORRECT', ResultData: 'ClientID' },
      ],
    });
    expect((await values({ ClientParameterID: WELL_KNOWN.clientParameter, ClientID: WELL_KNOWN.ownClient }))[0]).toMatchObject({ Value: 'B', Color: 'BLUE' });
  });

  it('ValueEdit: 100 rows one by one, 101 refused, required columns named', async () => {
    const clients = ((await callWith(f.soap11, 'ClientRead')).data as Row[]).filter((c) => c.Deleted === 'false').map((c) => c.ClientID as string);
    const data = await checkBatchRules(
      f,
      'ClientAdditionalParameterValueEdit',
      ['ClientParameterID', 'ClientID', 'Value', 'Color'],
      (i) => [WELL_KNOWN.clientParameter, clients[i % clients.length], `v${i}`, 'ORANGE'],
      ['ClientParameterID', 'ClientID'],
    );
    expect(data.every((r) => r.ResultCode === 'SUCCESS')).toBe(true);
    expect((await values({ ClientParameterID: WELL_KNOWN.clientParameter })).every((r) => r.Color === 'ORANGE')).toBe(true);
  });
});
