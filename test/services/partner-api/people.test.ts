import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { CONTACT_TYPE } from '../../../src/services/partner-api/dictionaries/values.js';
import { callWith } from '../../support/soap-client.js';
import { faultOf, operate, rawOperate, rows, usePartnerApi } from '../../support/partner-api.js';

describe('PartnerAPI partner_user_* and client_user_*', () => {
  const api = usePartnerApi();

  describe('partner users (the partner\'s specialists)', () => {
    it('partner_user_read: current ones; all with include_deleted; PartnerWebAPI2 SpecialistRead agrees', async () => {
      const live = await rows(api.client, 'partner_user_read');
      const all = await rows(api.client, 'partner_user_read', { include_deleted: true });
      expect(all.length).toBe(live.length + 1);
      expect(live.every((u) => u.partner_id === WELL_KNOWN.partner && u.partner_user_del === 'false')).toBe(true);
      const web = (await callWith(api.web, 'SpecialistRead')).data as Record<string, string>[];
      expect(new Set(all.map((u) => u.partner_user_id))).toEqual(new Set(web.map((s) => s.SpecialistID)));
      const [me] = await rows(api.client, 'partner_user_read', { partner_user_id: WELL_KNOWN.specialist });
      const mine = web.find((s) => s.SpecialistID === WELL_KNOWN.specialist);
      expect(me).toEqual({ partner_user_id: WELL_KNOWN.specialist, partner_id: WELL_KNOWN.partner, partner_user_name: mine?.Name, partner_user_family_name: mine?.Surname, partner_user_father_name: mine?.SecondaryName, partner_user_del: 'false' });
    });

    it('add, edit (null leaves, "" clears), set_birthday, delete and restore', async () => {
      const [added] = await rows(api.client, 'partner_user_add', { partner_user_name: 'Иван', partner_user_family_name: 'Петров', partner_user_father_name: 'Сергеевич' });
      const id = added.partner_user_id as string;
      expect(added).toMatchObject({ partner_user_name: 'Иван', partner_user_family_name: 'Петров', partner_id: WELL_KNOWN.partner, partner_user_del: 'false' });
      expect(await rawOperate(api.mock.url, 'partner_user_edit', { partner_user_id: id, partner_user_name: null, partner_user_father_name: '' })).toEqual([
        { ...added, partner_user_father_name: '' },
      ]);
      expect(await operate(api.client, 'partner_user_set_birthday', { partner_user_id: id, birthday: '1990-05-17' })).toBe('true');
      expect((await rows(api.client, 'partner_user_read_with_birthday', { partner_user_id: id }))[0].partner_user_birthday).toBe('1990-05-17T00:00:00');
      expect((await rows(api.client, 'partner_user_delete', { partner_user_id: id }))[0].partner_user_del).toBe('true');
      expect((await rows(api.client, 'partner_user_delete', { partner_user_id: id }))[0].partner_user_del).toBe('false');
    });

    it('contacts: e-mail and phone by contact type', async () => {
      const mine = await rows(api.client, 'partner_user_contact_read', { partner_user_id: WELL_KNOWN.specialist });
      expect(mine.map((c) => c.contact_type_id).sort()).toEqual([CONTACT_TYPE.personEmail, CONTACT_TYPE.personPhone].sort());
      const edited = await rows(api.client, 'partner_user_contact_edit', { partner_user_id: WELL_KNOWN.specialist, contact_type_id: CONTACT_TYPE.personPhone, contact_view: '+7 900 000-00-00' });
      expect(edited).toEqual([{ partner_user_id: WELL_KNOWN.specialist, contact_type_id: CONTACT_TYPE.personPhone, contact_view: '+7 900 000-00-00' }]);
      const web = (await callWith(api.web, 'SpecialistRead')).data as Record<string, string>[];
      expect(web.find((s) => s.SpecialistID === WELL_KNOWN.specialist)?.Phone).toBe('+7 900 000-00-00');
      expect(await faultOf(api.mock.url, 'partner_user_contact_read', { contact_type_id: CONTACT_TYPE.partnerPhone })).toBe(
        'Вид контактной информации не подходит для операции: нужен вид с contact_type_code = 3',
      );
    });

    it('errors', async () => {
      expect(await faultOf(api.mock.url, 'partner_user_add', { partner_user_family_name: 'Петров' })).toBe('Не указан обязательный операнд partner_user_name');
      expect(await faultOf(api.mock.url, 'partner_user_edit', { partner_user_id: WELL_KNOWN.clientUser })).toBe(
        'Не найден сотрудник партнера с уникальным идентификатором, указанным в операнде partner_user_id',
      );
      expect(await faultOf(api.mock.url, 'partner_user_set_birthday', { partner_user_id: WELL_KNOWN.specialist, birthday: '17.05.1990' })).toBe('Операнд birthday имеет неверный тип');
    });
  });

  describe('client users', () => {
    it('client_user_read by client; PartnerWebAPI2 sees the same people', async () => {
      const users = await rows(api.client, 'client_user_read', { client_id: WELL_KNOWN.ownClient });
      expect(users.map((u) => u.client_user_id)).toContain(WELL_KNOWN.clientUser);
      expect(users.every((u) => u.client_id === WELL_KNOWN.ownClient)).toBe(true);
      const all = await rows(api.client, 'client_user_read');
      expect(all.length).toBeGreaterThan(users.length);
      const withBirthday = await rows(api.client, 'client_user_read_with_birthday', { client_user_id: WELL_KNOWN.clientUser });
      expect(Object.keys(withBirthday[0])).toEqual(['client_user_id', 'client_id', 'client_user_name', 'client_user_family_name', 'client_user_father_name', 'client_user_birthday', 'client_user_del']);
    });

    it('add, edit, set_birthday, delete; foreign clients are refused', async () => {
      const [added] = await rows(api.client, 'client_user_add', { client_id: WELL_KNOWN.ownClient, client_user_name: 'Анна' });
      expect(added).toMatchObject({ client_id: WELL_KNOWN.ownClient, client_user_name: 'Анна', client_user_family_name: '', client_user_del: 'false' });
      const id = added.client_user_id as string;
      const [edited] = await rows(api.client, 'client_user_edit', { client_user_id: id, client_user_family_name: 'Смирнова' });
      expect(edited).toMatchObject({ client_user_name: 'Анна', client_user_family_name: 'Смирнова' });
      expect(await operate(api.client, 'client_user_set_birthday', { client_user_id: id, birthday: '1985-12-01' })).toBe('true');
      expect((await rows(api.client, 'client_user_read_with_birthday', { client_user_id: id }))[0].client_user_birthday).toBe('1985-12-01T00:00:00');
      expect((await rows(api.client, 'client_user_delete', { client_user_id: id }))[0].client_user_del).toBe('true');
      expect((await rows(api.client, 'client_user_read', { client_id: WELL_KNOWN.ownClient })).map((u) => u.client_user_id)).not.toContain(id);
      expect(await faultOf(api.mock.url, 'client_user_add', { client_id: WELL_KNOWN.thirdPartyClient, client_user_name: 'X' })).toBe(
        'Нет доступа к клиенту: можно работать только с клиентами, которые курирует текущий партнер',
      );
    });

    it('contacts by contact type', async () => {
      const edited = await rows(api.client, 'client_user_contact_edit', { client_user_id: WELL_KNOWN.clientUser, contact_type_id: CONTACT_TYPE.personEmail, contact_view: 'anna@romashka.ru' });
      expect(edited).toEqual([{ client_user_id: WELL_KNOWN.clientUser, contact_type_id: CONTACT_TYPE.personEmail, contact_view: 'anna@romashka.ru' }]);
      expect(await rows(api.client, 'client_user_contact_read', { client_user_id: WELL_KNOWN.clientUser, contact_type_id: CONTACT_TYPE.personEmail })).toEqual(edited);
    });
  });
});
