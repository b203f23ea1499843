import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { ROLE } from '../../../src/services/partner-api/dictionaries/values.js';
import { faultOf, rows, usePartnerApi } from '../../support/partner-api.js';

const EMPTY_DATE = '0001-01-01T00:00:00';

describe('PartnerAPI service types, contracts and abonements', () => {
  const api = usePartnerApi();

  describe('service_type_*', () => {
    it('service_type_read: own lines and imported vendor lines with the vendor as owner', async () => {
      const types = await rows(api.client, 'service_type_read');
      expect(types).toContainEqual(expect.objectContaining({ service_type_id: WELL_KNOWN.supportLine, partner_id: WELL_KNOWN.partner }));
      expect(types).toContainEqual(expect.objectContaining({ service_type_id: WELL_KNOWN.vendorLine, partner_id: WELL_KNOWN.vendorPartner }));
      expect(await rows(api.client, 'service_type_read', { partner_id: WELL_KNOWN.vendorPartner })).toEqual([expect.objectContaining({ service_type_id: WELL_KNOWN.vendorLine })]);
      expect(await rows(api.client, 'service_type_read', { service_type_id: WELL_KNOWN.supportLine })).toHaveLength(1);
    });

    it('add, edit, delete; an imported line cannot be changed', async () => {
      const [added] = await rows(api.client, 'service_type_add', { service_type_name: 'Линия 1С:Бухгалтерия', service_type_full_name: 'Консультации по 1С:Бухгалтерии' });
      expect(added).toMatchObject({ service_type_name: 'Линия 1С:Бухгалтерия', service_type_full_name: 'Консультации по 1С:Бухгалтерии', partner_id: WELL_KNOWN.partner });
      const [edited] = await rows(api.client, 'service_type_edit', { service_type_id: added.service_type_id, service_type_name: 'Линия БП' });
      expect(edited).toMatchObject({ service_type_name: 'Линия БП', service_type_full_name: 'Консультации по 1С:Бухгалтерии' });
      expect(await rows(api.client, 'service_type_delete', { service_type_id: added.service_type_id })).toEqual([]);
      expect((await rows(api.client, 'service_type_read')).map((t) => t.service_type_id)).not.toContain(added.service_type_id);
      expect(await faultOf(api.mock.url, 'service_type_edit', { service_type_id: WELL_KNOWN.vendorLine, service_type_name: 'X' })).toBe('Можно изменять только свой вид сервиса');
      expect(await faultOf(api.mock.url, 'service_type_add', { service_type_name: 'X' })).toBe('Не указан обязательный операнд service_type_full_name');
    });
  });

  describe('contract_*', () => {
    it('contract_read: open-ended contracts end 0001-01-01; filters by role and period', async () => {
      expect(await rows(api.client, 'contract_read', { role_id: ROLE.service })).toEqual([
        { contract_id: WELL_KNOWN.serviceContract, contract_start_date: '2019-01-15T00:00:00', contract_end_date: EMPTY_DATE, role_id: ROLE.service },
      ]);
      expect(await rows(api.client, 'contract_read')).toHaveLength(2);
      expect((await rows(api.client, 'contract_read', { contract_start_date: '2027-01-01' })).map((c) => c.contract_id)).toEqual([WELL_KNOWN.serviceContract]);
      expect(await faultOf(api.mock.url, 'contract_read', { role_id: 'b7d2f4a6-1c3e-4a5b-8d9f-00000000b999' })).toBe('Неизвестный вид взаимоотношений (см. role_read)');
    });

    it('contract_service_read / _add / _delete', async () => {
      const own = await rows(api.client, 'contract_service_read', { contract_id: WELL_KNOWN.serviceContract });
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((r) => r.contract_service_end_date === EMPTY_DATE)).toBe(true);
      const both = await rows(api.client, 'contract_service_read', { service_type_id: WELL_KNOWN.supportLine });
      expect(both.map((r) => r.contract_id).sort()).toEqual([WELL_KNOWN.serviceContract, WELL_KNOWN.saleContract].sort());
      const added = await rows(api.client, 'contract_service_add', { service_type_id: WELL_KNOWN.vendorLine, contract_service_start_date: '2024-03-05' });
      expect(added).toEqual([{ contract_id: WELL_KNOWN.serviceContract, service_type_id: WELL_KNOWN.vendorLine, contract_service_start_date: '2024-03-05T00:00:00', contract_service_end_date: EMPTY_DATE }]);
      expect(await rows(api.client, 'contract_service_delete', { service_type_id: WELL_KNOWN.vendorLine })).toEqual([]);
      expect(await rows(api.client, 'contract_service_read', { service_type_id: WELL_KNOWN.vendorLine })).toEqual([]);
    });
  });

  describe('service_*', () => {
    it('service_read: active abonements with filters', async () => {
      const all = await rows(api.client, 'service_read');
      expect(all.length).toBeGreaterThan(5);
      expect(await rows(api.client, 'service_read', { agent_user_id: WELL_KNOWN.agentUser, service_type_id: WELL_KNOWN.supportLine })).toEqual([
        expect.objectContaining({ service_id: WELL_KNOWN.service, client_id: WELL_KNOWN.ownClient, sale_partner_id: WELL_KNOWN.partner, service_end_date: EMPTY_DATE }),
      ]);
      expect((await rows(api.client, 'service_read', { client_id: WELL_KNOWN.ownClient })).every((s) => s.client_id === WELL_KNOWN.ownClient)).toBe(true);
    });

    it('service_add, service_edit, service_stop (only active ones are read)', async () => {
      const [added] = await rows(api.client, 'service_add', {
        client_id: WELL_KNOWN.ownClient,
        service_partner_id: WELL_KNOWN.partner,
        agent_user_id: WELL_KNOWN.agentUser,
        service_type_id: WELL_KNOWN.vendorLine,
      });
      expect(added).toMatchObject({ service_start_date: '2024-03-01T00:00:00', service_end_date: EMPTY_DATE, service_type_id: WELL_KNOWN.vendorLine });
      const line = () => api.mock.runtime.db.prepare("SELECT 1 FROM line_users WHERE account = 'demo' AND line_id = ? AND user_id = ?").get(WELL_KNOWN.vendorLine, WELL_KNOWN.clientUser);
      expect(line()).toBeDefined();
      const [edited] = await rows(api.client, 'service_edit', { service_id: added.service_id, service_end_date: '2024-12-31' });
      expect(edited.service_end_date).toBe('2024-12-31T00:00:00');
      expect(await faultOf(api.mock.url, 'service_edit', { service_id: added.service_id, service_end_date: '2024-01-01' })).toBe('Дата окончания абонемента раньше даты его начала');
      expect(await rows(api.client, 'service_stop', { service_id: added.service_id })).toEqual([]);
      expect(await rows(api.client, 'service_read', { service_id: added.service_id })).toEqual([]);
      expect(line()).toBeUndefined();
    });

    it('service_add: the agent must belong to the client', async () => {
      const [other] = (await rows(api.client, 'client_read')).filter((c) => c.client_id !== WELL_KNOWN.ownClient);
      expect(
        await faultOf(api.mock.url, 'service_add', { client_id: other.client_id, service_partner_id: WELL_KNOWN.partner, agent_user_id: WELL_KNOWN.agentUser, service_type_id: WELL_KNOWN.supportLine }),
      ).toBe('Агент пользователя не принадлежит указанному клиенту');
      expect(await faultOf(api.mock.url, 'service_stop')).toBe('Не указан обязательный операнд service_id');
    });
  });
});
