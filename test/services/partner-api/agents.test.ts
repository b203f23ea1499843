import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { faultOf, operate, rows, usePartnerApi } from '../../support/partner-api.js';

describe('PartnerAPI agents and account notices', () => {
  const api = usePartnerApi();

  it('agent_partner_read: the partner\'s agents, numbers starting with 271828, filters', async () => {
    const all = await rows(api.client, 'agent_partner_read');
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((a) => a.agent_partner_number?.startsWith('271828') && a.agent_type === '1' && a.partner_id === WELL_KNOWN.partner)).toBe(true);
    expect(await rows(api.client, 'agent_partner_read', { partner_user_id: WELL_KNOWN.specialist })).toEqual([
      expect.objectContaining({ agent_partner_id: WELL_KNOWN.agentPartner, agent_partner_number: '2718280001', agent_partner_activity: 'true', partner_user_id: WELL_KNOWN.specialist }),
    ]);
    expect(await rows(api.client, 'agent_partner_read', { agent_partner_activity: false })).toEqual([]);
  });

  it('agent_partner_add / _edit / _delete', async () => {
    const [added] = await rows(api.client, 'agent_partner_add', { partner_user_id: WELL_KNOWN.specialist, agent_partner_password: 123456 });
    expect(added).toMatchObject({ agent_partner_password: '123456', agent_partner_activity: 'true', partner_user_id: WELL_KNOWN.specialist, agent_type: '1' });
    expect(Number(added.agent_partner_number)).toBeGreaterThan(2718280001);
    const [generated] = await rows(api.client, 'agent_partner_add', { partner_user_id: WELL_KNOWN.specialist });
    expect(generated.agent_partner_password).toMatch(/^\d{6}$/);
    expect(Number(generated.agent_partner_number)).toBe(Number(added.agent_partner_number) + 1);
    const [edited] = await rows(api.client, 'agent_partner_edit', { agent_partner_id: added.agent_partner_id, agent_partner_password: 'секрет', agent_partner_activity: false });
    expect(edited).toMatchObject({ agent_partner_password: 'секрет', agent_partner_activity: 'true' });
    expect(await rows(api.client, 'agent_partner_delete', { agent_partner_id: added.agent_partner_id })).toEqual([]);
    expect(await rows(api.client, 'agent_partner_read', { agent_partner_id: added.agent_partner_id })).toEqual([expect.objectContaining({ agent_partner_activity: 'false' })]);
    expect(await rows(api.client, 'agent_partner_delete', { agent_partner_id: added.agent_partner_id })).toEqual([
      expect.objectContaining({ agent_partner_id: added.agent_partner_id, agent_partner_activity: 'true' }),
    ]);
  });

  it('agent_partner_*: errors', async () => {
    const url = api.mock.url;
    expect(await faultOf(url, 'agent_partner_add')).toBe('Не указан обязательный операнд partner_user_id');
    expect(await faultOf(url, 'agent_partner_add', { partner_user_id: WELL_KNOWN.clientUser })).toBe(
      'Не найден сотрудник партнера с уникальным идентификатором, указанным в операнде partner_user_id',
    );
    expect(await faultOf(url, 'agent_partner_edit', { agent_partner_id: WELL_KNOWN.agentUser })).toBe(
      'Не найден агент партнера с уникальным идентификатором, указанным в операнде agent_partner_id',
    );
  });

  it('agent_user_read: agents of the partner\'s clients, filters', async () => {
    const all = await rows(api.client, 'agent_user_read');
    expect(all.length).toBeGreaterThan(20);
    const own = await rows(api.client, 'agent_user_read', { client_id: WELL_KNOWN.ownClient });
    expect(own.every((a) => a.client_id === WELL_KNOWN.ownClient)).toBe(true);
    expect(await rows(api.client, 'agent_user_read', { client_user_id: WELL_KNOWN.clientUser })).toEqual([
      expect.objectContaining({ agent_user_id: WELL_KNOWN.agentUser, agent_type: '2', client_id: WELL_KNOWN.ownClient, agent_user_activity: 'true' }),
    ]);
    expect(await faultOf(api.mock.url, 'agent_user_read', { client_id: WELL_KNOWN.thirdPartyClient })).toBe(
      'Нет доступа: клиент из операнда client_id не принадлежит текущему партнеру',
    );
  });

  it('agent_user_add / _edit / _delete; no transfer to another client', async () => {
    const [added] = await rows(api.client, 'agent_user_add', { client_user_id: WELL_KNOWN.clientUser });
    expect(added).toMatchObject({ client_id: WELL_KNOWN.ownClient, client_user_id: WELL_KNOWN.clientUser, agent_user_activity: 'true' });
    const foreignUser = (api.mock.runtime.db.prepare("SELECT id FROM client_users WHERE account = 'demo' AND client_id <> ? AND deleted = 0 AND client_id IN (SELECT id FROM clients WHERE account = 'demo' AND owner_partner_id = ? AND deleted = 0) LIMIT 1").get(WELL_KNOWN.ownClient, WELL_KNOWN.partner) as { id: string }).id;
    expect(await faultOf(api.mock.url, 'agent_user_edit', { agent_user_id: added.agent_user_id, client_user_id: foreignUser })).toBe(
      'Пользователь должен быть сотрудником клиента, у которого находится агент: передача агентов не выполняется',
    );
    const [edited] = await rows(api.client, 'agent_user_edit', { agent_user_id: added.agent_user_id, agent_user_password: '777' });
    expect(edited.agent_user_password).toBe('777');
    expect(await rows(api.client, 'agent_user_delete', { agent_user_id: added.agent_user_id })).toEqual([]);
    expect(await rows(api.client, 'agent_user_read', { agent_user_id: added.agent_user_id, agent_user_activity: true })).toEqual([]);
  });

  it('after client_delete, agent_user_delete gives a user\'s agent its access back', async () => {
    await rows(api.client, 'client_delete', { client_id: WELL_KNOWN.ownClient });
    await rows(api.client, 'client_delete', { client_id: WELL_KNOWN.ownClient });
    expect(await rows(api.client, 'agent_user_read', { agent_user_id: WELL_KNOWN.agentUser })).toEqual([expect.objectContaining({ agent_user_activity: 'false' })]);
    const [user] = await rows(api.client, 'client_user_delete', { client_user_id: WELL_KNOWN.clientUser });
    expect(user.client_user_del).toBe('false');
    expect(await rows(api.client, 'agent_user_delete', { agent_user_id: WELL_KNOWN.agentUser })).toEqual([
      expect.objectContaining({ agent_user_id: WELL_KNOWN.agentUser, agent_user_activity: 'true', client_user_id: WELL_KNOWN.clientUser }),
    ]);
  });

  it('account_access_email_notify: true, and the notice is in the outbox', async () => {
    const operands = {
      client_user_id: WELL_KNOWN.clientUser,
      sender_email_address: 'support@demo-partner.ru',
      email_login: 'support',
      email_password: 'secret',
      smtp_server: 'smtp.demo-partner.ru',
      smtp_port: 465,
      ssl_encryption: true,
    };
    expect(await operate(api.client, 'account_access_email_notify', operands)).toBe('true');
    const sent = api.mock.runtime.db.prepare("SELECT kind, operation FROM outbox WHERE account = 'demo'").all();
    expect(sent).toEqual([{ kind: 'welcome-email', operation: 'account_access_email_notify' }]);
    expect(await faultOf(api.mock.url, 'account_access_email_notify', { ...operands, sender_email_address: 'не почта' })).toBe('Недопустимое значение операнда sender_email_address');
    expect(await faultOf(api.mock.url, 'account_access_email_notify', { ...operands, smtp_port: 70000 })).toBe('Недопустимое значение операнда smtp_port');
  });
});
