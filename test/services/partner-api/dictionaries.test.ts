import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { CONTACT_TYPE } from '../../../src/services/partner-api/dictionaries/values.js';
import { faultOf, rows, usePartnerApi } from '../../support/partner-api.js';

describe('PartnerAPI fixed dictionaries and regions', () => {
  const api = usePartnerApi();

  it('call_status_type_read: the eight fixed statuses', async () => {
    const statuses = await rows(api.client, 'call_status_type_read');
    expect(statuses.map((s) => s.call_status_type_id)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(statuses[0]).toEqual({ call_status_type_id: '0', call_status_type_name: 'Успех' });
    expect(statuses[7].call_status_type_name).toBe('ПользовательОтменилВызов');
  });

  it('remote_status_type_read, remote_access_type_read, pay_method_type_read', async () => {
    expect(await rows(api.client, 'remote_status_type_read')).toEqual([
      { remote_status_type_id: '0', remote_status_type_name: 'Не инициировано' },
      { remote_status_type_id: '1', remote_status_type_name: 'TeamViewer' },
      { remote_status_type_id: '2', remote_status_type_name: 'Основное средство' },
    ]);
    expect(await rows(api.client, 'remote_access_type_read')).toEqual([
      { remote_access_type_id: '1', remote_access_type_name: 'TeamViewer' },
      { remote_access_type_id: '2', remote_access_type_name: 'Основное средство' },
    ]);
    const pay = await rows(api.client, 'pay_method_type_read');
    expect(pay.map((p) => p.pay_method_type_id)).toEqual(['0', '1', '2', '3', '4']);
    expect(pay[4].pay_method_type_name).toBe('Оплата за 12 месяцев');
  });

  it('contact_type_read: codes 1 clients, 2 partners, 3 people', async () => {
    const types = await rows(api.client, 'contact_type_read');
    expect(types).toContainEqual({ contact_type_id: CONTACT_TYPE.clientAddress, contact_type_name: 'Фактический адрес', contact_type_code: '1' });
    expect(new Set(types.map((t) => t.contact_type_code))).toEqual(new Set(['1', '2', '3']));
  });

  it('role_read', async () => {
    expect((await rows(api.client, 'role_read')).map((r) => r.role_name)).toEqual(['Сервисный партнер', 'Сбытовой партнер', 'Франчайзи', 'Вендор']);
  });

  it('region_read: the partner\'s regions with their UTC offsets, and one by id', async () => {
    const regions = await rows(api.client, 'region_read');
    expect(regions).toContainEqual({ region_id: WELL_KNOWN.regionMoscow, region_name: 'Москва', region_time_zone: '3' });
    expect(regions.find((r) => r.region_id === WELL_KNOWN.regionKamchatka)).toBeUndefined();
    expect(await rows(api.client, 'region_read', { region_id: WELL_KNOWN.regionMoscow })).toEqual([
      { region_id: WELL_KNOWN.regionMoscow, region_name: 'Москва', region_time_zone: '3' },
    ]);
    expect(await rows(api.client, 'region_read', { region_id: '   ' })).toEqual(regions);
  });

  it('region_read: a malformed or unknown region id is a Fault', async () => {
    expect(await faultOf(api.mock.url, 'region_read', { region_id: 'not-a-uuid' })).toBe(
      'Не найден регион с уникальным идентификатором, указанным в операнде region_id',
    );
  });
});
