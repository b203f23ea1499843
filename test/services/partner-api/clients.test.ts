import { describe, expect, it } from 'vitest';
import { WELL_KNOWN, WELL_KNOWN_ITS } from '../../../seed/demo-world.js';
import { CONTACT_TYPE } from '../../../src/services/partner-api/dictionaries/values.js';
import { callWith } from '../../support/soap-client.js';
import { faultOf, operate, rawOperate, rows, usePartnerApi } from '../../support/partner-api.js';

const NEW_CLIENT = { client_name: 'ООО «Ромашка»', region_id: WELL_KNOWN.regionMoscow, client_inn: '7701234567', client_kpp: '770101001' };

describe('PartnerAPI client_*', () => {
  const api = usePartnerApi();
  const one = async (operation: string, operands: Record<string, unknown>) => {
    const answer = await rows(api.client, operation, operands);
    expect(answer).toHaveLength(1);
    return answer[0];
  };

  describe('client_read', () => {
    it('own clients only, not deleted unless asked, one by id always', async () => {
      const live = await rows(api.client, 'client_read');
      const ids = live.map((c) => c.client_id);
      expect(ids).toContain(WELL_KNOWN.ownClient);
      expect(ids).not.toContain(WELL_KNOWN.deletedOwnClient);
      expect(ids).not.toContain(WELL_KNOWN.thirdPartyClient);
      expect(live.every((c) => c.client_del === 'false' && c.client_new_id === c.client_id)).toBe(true);
      const all = await rows(api.client, 'client_read', { include_deleted: true });
      expect(all.map((c) => c.client_id)).toContain(WELL_KNOWN.deletedOwnClient);
      expect(await rows(api.client, 'client_read', { include_deleted: false })).toEqual(live);
      const deleted = await one('client_read', { client_id: WELL_KNOWN.deletedOwnClient });
      expect(deleted.client_del).toBe('true');
    });

    it('the fields in the spec\'s order, from both APIs\' data', async () => {
      const c = await one('client_read', { client_id: WELL_KNOWN.ownClient });
      expect(Object.keys(c)).toEqual([
        'client_id', 'region_id', 'client_name', 'client_full_name', 'client_del', 'client_inn', 'client_kpp',
        'client_reg_num', 'pay_method_id', 'addit_attribute', 'client_new_id',
      ]);
      expect(c).toMatchObject({ client_id: WELL_KNOWN.ownClient, client_new_id: WELL_KNOWN.ownClient, addit_attribute: 'Ключевой клиент', pay_method_id: '4' });
    });

    it('filters by region; a region where the partner does not work is refused', async () => {
      const moscow = await rows(api.client, 'client_read', { region_id: WELL_KNOWN.regionMoscow });
      expect(moscow.length).toBeGreaterThan(0);
      expect(moscow.every((c) => c.region_id === WELL_KNOWN.regionMoscow)).toBe(true);
      expect(await faultOf(api.mock.url, 'client_read', { region_id: WELL_KNOWN.regionKamchatka })).toBe('Указанный регион недоступен текущему партнеру (см. partner_region_read)');
    });

    it('a third party\'s client is not accessible, an unknown or malformed id is not found', async () => {
      expect(await faultOf(api.mock.url, 'client_read', { client_id: WELL_KNOWN.thirdPartyClient })).toBe(
        'Нет доступа к клиенту: можно работать только с клиентами, которые курирует текущий партнер',
      );
      const unknown = 'Не найден клиент с уникальным идентификатором, указанным в операнде client_id';
      expect(await faultOf(api.mock.url, 'client_read', { client_id: WELL_KNOWN.invisibleClient })).toBe(unknown);
      expect(await faultOf(api.mock.url, 'client_read', { client_id: 'abc' })).toBe(unknown);
      expect(await faultOf(api.mock.url, 'client_read', { include_deleted: 'может быть' })).toBe('Операнд include_deleted имеет неверный тип');
    });

    it('client_read_advanced filters by the additional attribute', async () => {
      const key = await rows(api.client, 'client_read_advanced', { addit_attribute: 'Ключевой клиент' });
      expect(key.map((c) => c.client_id)).toContain(WELL_KNOWN.ownClient);
      expect(key.every((c) => c.addit_attribute === 'Ключевой клиент')).toBe(true);
    });
  });

  describe('client_add*', () => {
    it('client_add: the new client with a monthly pay method; names cut at 50, INN at 12, KPP at 9', async () => {
      const c = await one('client_add', { ...NEW_CLIENT, client_name: 'Я'.repeat(60), client_inn: '1234567890123456', client_kpp: '7701010019999' });
      expect(c).toMatchObject({ client_name: 'Я'.repeat(50), client_inn: '123456789012', client_kpp: '770101001', client_del: 'false', pay_method_id: '2', client_reg_num: '' });
      expect(c.client_new_id).toBe(c.client_id);
      expect((await rows(api.client, 'client_read', { client_id: c.client_id }))[0]).toEqual(c);
    });

    it('client_add_its → PartnerWebAPI2 ClientRead shows it with the same INN and registration number', async () => {
      const c = await one('client_add_its', { ...NEW_CLIENT, client_full_name: 'Общество с ограниченной ответственностью «Ромашка»', client_reg_num: '810012345' });
      expect(c).toMatchObject({ client_reg_num: '810012345', pay_method_id: '4' });
      const read = await callWith(api.web, 'ClientRead');
      const same = (read.data as Record<string, string>[]).find((r) => r.ClientID === c.client_new_id);
      expect(same).toMatchObject({ Name: 'ООО «Ромашка»', TaxPayerIdentifier: '7701234567', RegNumberPPIC: '810012345', RegionID: WELL_KNOWN.regionMoscow, Deleted: 'false', CreatedByMe: 'true' });
    });

    it('client_add_its: an explicit pay method; registration numbers with a prefix', async () => {
      expect((await one('client_add_its', { ...NEW_CLIENT, pay_method_type_id: 3 })).pay_method_id).toBe('3');
      expect((await one('client_add_its', { ...NEW_CLIENT, client_reg_num: 'FR12345' })).client_reg_num).toBe('FR12345');
    });

    it('client_add_advanced keeps the additional attribute', async () => {
      const c = await one('client_add_advanced', { ...NEW_CLIENT, addit_attribute: 'Сеть аптек' });
      expect(c.addit_attribute).toBe('Сеть аптек');
      expect((await rows(api.client, 'client_read_advanced', { addit_attribute: 'Сеть аптек' })).map((r) => r.client_id)).toEqual([c.client_id]);
    });

    it('the spec\'s error messages', async () => {
      const url = api.mock.url;
      expect(await faultOf(url, 'client_add_its', { ...NEW_CLIENT, client_reg_num: '499999' })).toBe('Не корректный регистрационный номер');
      expect(await faultOf(url, 'client_add_its', { ...NEW_CLIENT, client_reg_num: '9999999999999' })).toBe('Не корректный регистрационный номер');
      expect(await faultOf(url, 'client_add_advanced', { ...NEW_CLIENT, client_reg_num: 'ABC' })).toBe('Не корректный регистрационный номер');
      expect(await faultOf(url, 'client_add_its', { ...NEW_CLIENT, client_name: '' })).toBe('Наименование добавляемого клиента не должно быть пустым');
      expect(await faultOf(url, 'client_add', { region_id: WELL_KNOWN.regionMoscow })).toBe('Наименование добавляемого клиента не должно быть пустым');
      expect(await faultOf(url, 'client_add_its', { client_name: 'ООО «Ромашка»' })).toBe('При добавлении клиента не указан регион');
      expect(await faultOf(url, 'client_add', { client_name: 'ООО «Ромашка»', region_id: '  ' })).toBe('При добавлении клиента не указан регион');
      expect(await faultOf(url, 'client_add', { client_name: 'ООО «Ромашка»', region_id: WELL_KNOWN.regionKamchatka })).toBe(
        'Указанный регион недоступен текущему партнеру (см. partner_region_read)',
      );
      expect(await faultOf(url, 'client_add_its', { ...NEW_CLIENT, pay_method_type_id: 7 })).toBe('Не корректный способ оплаты за клиентов (см. pay_method_type_read)');
      expect(await faultOf(url, 'client_add_its', { ...NEW_CLIENT, pay_method_type_id: 2.5 })).toBe('Не корректный способ оплаты за клиентов (см. pay_method_type_read)');
    });

    it('a refused add changes nothing', async () => {
      const before = (await rows(api.client, 'client_read')).length;
      await faultOf(api.mock.url, 'client_add_its', { ...NEW_CLIENT, client_reg_num: '1' });
      expect((await rows(api.client, 'client_read')).length).toBe(before);
    });

    it('PartnerWebAPI2 ClientAdd → client_read shows it', async () => {
      const added = await callWith(api.web, 'ClientAdd', { Name: 'ИП Петров', RegionID: WELL_KNOWN.regionMoscow, TaxPayerIdentifier: '500100732259', RegNumberPPIC: '800111222' });
      expect(added.code).toBe('SUCCESS');
      const id = (added.data as { ClientID: string }).ClientID;
      expect(await one('client_read', { client_id: id })).toEqual({
        client_id: id, region_id: WELL_KNOWN.regionMoscow, client_name: 'ИП Петров', client_full_name: '', client_del: 'false', client_inn: '500100732259',
        client_kpp: '', client_reg_num: '800111222', pay_method_id: '0', addit_attribute: '', client_new_id: id,
      });
    });
  });

  describe('client_edit*', () => {
    it('null or absent leaves a value, "" clears it', async () => {
      const c = await one('client_add_its', { ...NEW_CLIENT, client_full_name: 'Полное', client_reg_num: '810012345' });
      const edited = await rawOperate(api.mock.url, 'client_edit', { client_id: c.client_id, client_inn: '', client_kpp: null, client_full_name: 'Новое полное' });
      expect(edited).toEqual([{ ...c, client_inn: '', client_full_name: 'Новое полное' }]);
    });

    it('client_edit_its changes the registration number and pay method; client_edit_advanced the attribute', async () => {
      const its = await one('client_edit_its', { client_id: WELL_KNOWN.ownClient, client_reg_num: '900000001', pay_method_type_id: 1 });
      expect(its).toMatchObject({ client_reg_num: '900000001', pay_method_id: '1' });
      const adv = await one('client_edit_advanced', { client_id: WELL_KNOWN.ownClient, client_name: 'Новое имя', region_id: WELL_KNOWN.regionMoscow, addit_attribute: '' });
      expect(adv).toMatchObject({ client_name: 'Новое имя', addit_attribute: '', client_reg_num: '900000001' });
      const web = (await callWith(api.web, 'ClientRead')).data as Record<string, string>[];
      expect(web.find((r) => r.ClientID === WELL_KNOWN.ownClient)).toMatchObject({ Name: 'Новое имя', RegNumberPPIC: '900000001' });
    });

    it('the spec\'s error messages', async () => {
      const url = api.mock.url;
      const missing = 'При изменении клиентов необходимо указать ссылку на изменяемого клиента';
      expect(await faultOf(url, 'client_edit', { client_name: 'X' })).toBe(missing);
      expect(await faultOf(url, 'client_edit_advanced', { client_id: '', client_name: 'X', region_id: WELL_KNOWN.regionMoscow })).toBe(missing);
      expect(await faultOf(url, 'client_edit', { client_id: WELL_KNOWN.ownClient, client_name: '' })).toBe('Наименование добавляемого клиента не должно быть пустым');
      expect(await faultOf(url, 'client_edit_its', { client_id: WELL_KNOWN.ownClient, client_reg_num: '12', pay_method_type_id: 1 })).toBe('Не корректный регистрационный номер');
      expect(await faultOf(url, 'client_edit', { client_id: WELL_KNOWN.thirdPartyClient, client_name: 'X' })).toBe(
        'Нет доступа к клиенту: можно работать только с клиентами, которые курирует текущий партнер',
      );
      expect(await faultOf(url, 'client_edit', { client_id: WELL_KNOWN.ownClient, region_id: WELL_KNOWN.regionKamchatka })).toBe(
        'Указанный регион недоступен текущему партнеру (см. partner_region_read)',
      );
    });
  });

  describe('client_delete', () => {
    it('deletes with its cascade; PartnerWebAPI2 ClientRead shows Deleted; a second call restores the client only', async () => {
      const agentsBefore = await rows(api.client, 'client_read', { client_id: WELL_KNOWN.ownClient });
      expect(agentsBefore[0].client_del).toBe('false');
      const deleted = await one('client_delete', { client_id: WELL_KNOWN.ownClient });
      expect(deleted.client_del).toBe('true');
      const web = (await callWith(api.web, 'ClientRead')).data as Record<string, string>[];
      expect(web.find((r) => r.ClientID === WELL_KNOWN.ownClient)?.Deleted).toBe('true');
      const db = api.mock.runtime.db;
      const count = (sql: string) => (db.prepare(sql).get('demo', WELL_KNOWN.ownClient) as { n: number }).n;
      expect(count('SELECT COUNT(*) AS n FROM client_users WHERE account = ? AND client_id = ? AND deleted = 0')).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM agents WHERE account = ? AND owner_id = ? AND active = 1')).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM services WHERE account = ? AND client_id = ? AND stopped = 0')).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM line_users lu JOIN client_users u ON u.account = lu.account AND u.id = lu.user_id WHERE lu.account = ? AND u.client_id = ?')).toBe(0);

      const restored = await one('client_delete', { client_id: WELL_KNOWN.ownClient });
      expect(restored.client_del).toBe('false');
      expect(count('SELECT COUNT(*) AS n FROM client_users WHERE account = ? AND client_id = ? AND deleted = 0')).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM agents WHERE account = ? AND owner_id = ? AND active = 1')).toBe(0);
    });

    it('a missing or foreign client is refused', async () => {
      expect(await faultOf(api.mock.url, 'client_delete')).toBe('Не указан обязательный операнд client_id');
      expect(await faultOf(api.mock.url, 'client_delete', { client_id: WELL_KNOWN.thirdPartyClient })).toBe(
        'Нет доступа к клиенту: можно работать только с клиентами, которые курирует текущий партнер',
      );
    });
  });

  describe('client_contact_*', () => {
    it('reads the factual address, edits it (cut at 500), refuses other kinds of contact', async () => {
      const own = await rows(api.client, 'client_contact_read', { client_id: WELL_KNOWN.ownClient });
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ client_id: WELL_KNOWN.ownClient, contact_type_id: CONTACT_TYPE.clientAddress });
      const all = await rows(api.client, 'client_contact_read', { contact_type_id: CONTACT_TYPE.clientAddress });
      expect(all.length).toBeGreaterThan(10);
      const edited = await rows(api.client, 'client_contact_edit', { client_id: WELL_KNOWN.ownClient, contact_type_id: CONTACT_TYPE.clientAddress, contact_view: 'А'.repeat(510) });
      expect(edited).toEqual([{ client_id: WELL_KNOWN.ownClient, contact_type_id: CONTACT_TYPE.clientAddress, contact_view: 'А'.repeat(500) }]);
      expect(await faultOf(api.mock.url, 'client_contact_edit', { client_id: WELL_KNOWN.ownClient, contact_type_id: CONTACT_TYPE.partnerPhone, contact_view: '1' })).toBe(
        'Вид контактной информации не подходит для операции: нужен вид с contact_type_code = 1',
      );
    });
  });

  describe('client_vendor_read and client_ITS_status_For_INN', () => {
    it('client_vendor_read: clients served on lines importing the caller\'s line', async () => {
      expect(await rows(api.client, 'client_vendor_read', { service_type_id: WELL_KNOWN.supportLine })).toEqual([]);
      expect(await faultOf(api.mock.url, 'client_vendor_read')).toBe('Не указан обязательный операнд service_type_id');
    });

    it('client_ITS_status_For_INN: the numeric levels of the shared registry', async () => {
      const level = async (reg: string, inn = '') => (await rows(api.client, 'client_ITS_status_For_INN', { RegNumberPP1C: reg, INN: inn }))[0].ITSLevel;
      expect(await operate(api.client, 'client_ITS_status_For_INN', { RegNumberPP1C: WELL_KNOWN_ITS.prof.regNumber, INN: WELL_KNOWN_ITS.prof.inn })).toEqual([
        { ITSLevel: '1', DateFrom: '2024-01-01T00:00:00', DateTo: '2024-12-31T00:00:00' },
      ]);
      // A client added with a registration number is not in the ITS registry for it: a valid number unknown to ITS.
      const c = await one('client_add_its', { ...NEW_CLIENT, client_reg_num: '810012344' });
      expect(await level('810012344', c.client_inn as string)).toBe('3');
      expect(await level(WELL_KNOWN_ITS.prof.regNumber, '0000000000')).toBe('10');
      expect(await level(WELL_KNOWN_ITS.prof.regNumber)).toBe('10');
      expect(await level('12')).toBe('0');
      expect(await level('')).toBe('0');
      // One rule of a well-formed number for the registry and for client_reg_num.
      expect(await level('FRAB12')).toBe('0');
      expect(await faultOf(api.mock.url, 'client_add_its', { ...NEW_CLIENT, client_reg_num: 'FRAB12' })).toBe('Не корректный регистрационный номер');
      expect(await level('fr12')).toBe('3');
      expect((await one('client_add_its', { ...NEW_CLIENT, client_reg_num: 'fr12' })).client_reg_num).toBe('fr12');
      const none = (await rows(api.client, 'client_ITS_status_For_INN', { RegNumberPP1C: '12' }))[0];
      expect(none).toEqual({ ITSLevel: '0', DateFrom: '0001-01-01T00:00:00', DateTo: '0001-01-01T00:00:00' });
    });

    it('client_ITS_status_For_INN and ClientITSStatus agree on every well-known registry entry', async () => {
      const CODE: Record<string, string> = { PROF: '1', TECHNO: '2', BASIC: '3', INTERNATIONAL: '4', NOT_FOUND: '0', WRONG_INN: '10' };
      const levels: (string | null)[] = [];
      for (const entry of Object.values(WELL_KNOWN_ITS)) {
        const web = await callWith(api.web, 'ClientITSStatus', { ClientINN: entry.inn, RegNumberPP1C: entry.regNumber });
        const [modern] = web.data as Record<string, string>[];
        const legacy = await rows(api.client, 'client_ITS_status_For_INN', { RegNumberPP1C: entry.regNumber, INN: entry.inn });
        expect(legacy).toEqual([{ ITSLevel: CODE[modern.ITSLevel], DateFrom: modern.DateFrom, DateTo: modern.DateTo }]);
        levels.push(legacy[0].ITSLevel);
      }
      expect(levels).toEqual(['1', '2', '4', '3', '0', '10']);
    });
  });
});
