import { describe, expect, it } from 'vitest';
import { PARTNER_API } from '../../../src/services/partner-api/index.js';
import { faultOf, usePartnerApi } from '../../support/partner-api.js';

type Port = Record<string, { input: Record<string, unknown>; output: Record<string, unknown> }>;

describe('PartnerAPI WSDL and wire', () => {
  const api = usePartnerApi();
  const port = () => (api.client.describe() as Record<string, Record<string, Port>>).PartnerAPI.PartnerAPISoap;

  it('loads in node-soap with the 71 operations, each declaring its operands in the spec\'s order', () => {
    const operations = port();
    expect(Object.keys(operations)).toHaveLength(71);
    for (const op of PARTNER_API.catalog.values()) {
      expect(Object.keys(operations[op.name].input), op.name).toEqual((op.params ?? []).map((p) => p.name));
    }
    expect(operations.client_add_its.input).toEqual({
      client_name: 'xs:string',
      region_id: 'xs:string',
      client_inn: 'xs:string',
      client_kpp: 'xs:string',
      client_full_name: 'xs:string',
      client_reg_num: 'xs:string',
      pay_method_type_id: 'xs:int',
    });
    expect(operations.client_read.input).toMatchObject({ include_deleted: 'xs:boolean' });
    expect(operations.contract_read.input).toMatchObject({ contract_start_date: 'xs:date' });
    expect(operations.statistics_read.input).toMatchObject({ start_time: 'xs:dateTime' });
  });

  it('return: a core ValueTable, xs:boolean for the flag operations, xs:base64Binary for chat history', () => {
    const operations = port();
    expect(operations.client_read.output.return).toHaveProperty('column[]');
    for (const flag of ['partner_user_set_birthday', 'client_user_set_birthday', 'account_access_email_notify']) {
      expect(operations[flag].output, flag).toEqual({ return: 'xs:boolean' });
    }
    for (const binary of ['chat_history_statistics_read', 'chat_history_colleagues_read']) {
      expect(operations[binary].output, binary).toEqual({ return: 'xs:base64Binary' });
    }
  });

  it('Faults carry the message over SOAP 1.2 too (Reason), never a stack trace', async () => {
    expect(await faultOf(api.mock.url, 'client_add_its', { client_name: 'ООО «Ромашка»', region_id: '7a1d3c52-1b8e-4c11-9f0a-00000000a077', client_reg_num: '1' }, '1.2')).toBe(
      'Не корректный регистрационный номер',
    );
    const text = await faultOf(api.mock.url, 'client_read', { client_id: 'x'.repeat(37) });
    expect(text).not.toMatch(/\bat \w|Error:/);
  });
});
