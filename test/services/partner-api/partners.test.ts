import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { CONTACT_TYPE, ROLE } from '../../../src/services/partner-api/dictionaries/values.js';
import { faultOf, rows, usePartnerApi } from '../../support/partner-api.js';

const PARTNER = { partner_id: WELL_KNOWN.partner, partner_name: 'ООО «Демо-Партнёр»' };

describe('PartnerAPI partner_*', () => {
  const api = usePartnerApi();

  it('partner_read: the current partner, also when named', async () => {
    expect(await rows(api.client, 'partner_read')).toEqual([PARTNER]);
    expect(await rows(api.client, 'partner_read', { partner_id: WELL_KNOWN.partner })).toEqual([PARTNER]);
  });

  it('partner_read: another partner is not accessible, an unknown one is not found', async () => {
    expect(await faultOf(api.mock.url, 'partner_read', { partner_id: WELL_KNOWN.otherPartner })).toBe('Нет доступа к указанному партнеру: доступен только текущий партнер');
    expect(await faultOf(api.mock.url, 'partner_read', { partner_id: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001' })).toBe(
      'Не найден партнер с уникальным идентификатором, указанным в операнде partner_id',
    );
  });

  it('partner_role_read and partner_region_read', async () => {
    const roles = await rows(api.client, 'partner_role_read');
    expect(roles.map((r) => r.role_id).sort()).toEqual([ROLE.service, ROLE.sale, ROLE.franchisee].sort());
    expect(roles.every((r) => r.partner_id === WELL_KNOWN.partner)).toBe(true);
    const regions = await rows(api.client, 'partner_region_read');
    expect(regions).toContainEqual({ partner_id: WELL_KNOWN.partner, region_id: WELL_KNOWN.regionMoscow });
    expect(regions.map((r) => r.region_id)).not.toContain(WELL_KNOWN.regionKamchatka);
    expect(regions.length).toBe((await rows(api.client, 'region_read')).length);
  });

  it('partner_contact_read: filters by region and contact type', async () => {
    const all = await rows(api.client, 'partner_contact_read');
    const regions = await rows(api.client, 'partner_region_read');
    expect(all.length).toBe(regions.length * 5);
    const moscow = await rows(api.client, 'partner_contact_read', { region_id: WELL_KNOWN.regionMoscow });
    expect(moscow).toHaveLength(5);
    const name = await rows(api.client, 'partner_contact_read', { region_id: WELL_KNOWN.regionMoscow, contact_type_id: CONTACT_TYPE.partnerName });
    expect(name).toEqual([{ partner_id: WELL_KNOWN.partner, region_id: WELL_KNOWN.regionMoscow, contact_type_id: CONTACT_TYPE.partnerName, contact_view: 'ООО «Демо-Партнёр» (Москва)' }]);
  });

  it('partner_contact_read: a contact type of clients is refused', async () => {
    expect(await faultOf(api.mock.url, 'partner_contact_read', { contact_type_id: CONTACT_TYPE.clientAddress })).toBe(
      'Вид контактной информации не подходит для операции: нужен вид с contact_type_code = 2',
    );
  });

  it('partner_contact_edit: sets the value, cut at 500 characters', async () => {
    const long = 'Т'.repeat(600);
    const edited = await rows(api.client, 'partner_contact_edit', { region_id: WELL_KNOWN.regionMoscow, contact_type_id: CONTACT_TYPE.partnerPhone, contact_view: long });
    expect(edited).toEqual([{ partner_id: WELL_KNOWN.partner, region_id: WELL_KNOWN.regionMoscow, contact_type_id: CONTACT_TYPE.partnerPhone, contact_view: 'Т'.repeat(500) }]);
    expect(await rows(api.client, 'partner_contact_read', { region_id: WELL_KNOWN.regionMoscow, contact_type_id: CONTACT_TYPE.partnerPhone })).toEqual(edited);
  });

  it('partner_contact_edit: a region where the partner does not work, a missing operand', async () => {
    expect(await faultOf(api.mock.url, 'partner_contact_edit', { region_id: WELL_KNOWN.regionKamchatka, contact_type_id: CONTACT_TYPE.partnerPhone, contact_view: '1' })).toBe(
      'Указанный регион недоступен текущему партнеру (см. partner_region_read)',
    );
    expect(await faultOf(api.mock.url, 'partner_contact_edit', { region_id: WELL_KNOWN.regionMoscow, contact_type_id: CONTACT_TYPE.partnerPhone })).toBe(
      'Не указан обязательный операнд contact_view',
    );
  });

  it('partner_vendor_read: partners importing one of the caller\'s lines (otherPartner imports supportLine)', async () => {
    expect(await rows(api.client, 'partner_vendor_read', { service_id: WELL_KNOWN.supportLine })).toEqual([
      { partner_id: WELL_KNOWN.otherPartner, partner_name: 'ООО «Соседний партнёр»' },
    ]);
    expect(await rows(api.client, 'partner_vendor_read', { service_id: WELL_KNOWN.vendorLine })).toEqual([]);
    expect(await faultOf(api.mock.url, 'partner_vendor_read')).toBe('Не указан обязательный операнд service_id');
  });
});
