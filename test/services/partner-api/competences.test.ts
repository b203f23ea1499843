import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { faultOf, rows, usePartnerApi } from '../../support/partner-api.js';

describe('PartnerAPI competence_*', () => {
  const api = usePartnerApi();

  it('competence_read with filters (agent_id is accepted for agent_partner_id)', async () => {
    const all = await rows(api.client, 'competence_read');
    expect(all.length).toBeGreaterThan(5);
    expect(await rows(api.client, 'competence_read', { competence_id: WELL_KNOWN.competence })).toEqual([
      { competence_id: WELL_KNOWN.competence, agent_partner_id: WELL_KNOWN.agentPartner, service_type_id: WELL_KNOWN.supportLine, prioritet: '3' },
    ]);
    const byAgent = await rows(api.client, 'competence_read', { agent_id: WELL_KNOWN.agentPartner });
    expect(byAgent.every((c) => c.agent_partner_id === WELL_KNOWN.agentPartner)).toBe(true);
    const line = await rows(api.client, 'competence_read', { service_type_id: WELL_KNOWN.supportLine, prioritet: 3 });
    expect(line.every((c) => c.service_type_id === WELL_KNOWN.supportLine && c.prioritet === '3')).toBe(true);
  });

  it('competence_add: priority 3 by default; competence_stop: empty answer and gone from the read', async () => {
    const [added] = await rows(api.client, 'competence_add', { agent_partner_id: WELL_KNOWN.agentPartner, service_type_id: WELL_KNOWN.vendorLine });
    expect(added).toMatchObject({ agent_partner_id: WELL_KNOWN.agentPartner, service_type_id: WELL_KNOWN.vendorLine, prioritet: '3' });
    const [second] = await rows(api.client, 'competence_add', { agent_partner_id: WELL_KNOWN.agentPartner, service_type_id: WELL_KNOWN.vendorLine, prioritet: 1 });
    expect(second.prioritet).toBe('1');
    expect(await rows(api.client, 'competence_stop', { competence_id: added.competence_id })).toEqual([]);
    expect(await rows(api.client, 'competence_read', { competence_id: added.competence_id })).toEqual([]);
  });

  it('errors', async () => {
    expect(await faultOf(api.mock.url, 'competence_add', { agent_partner_id: WELL_KNOWN.agentPartner })).toBe('Не указан обязательный операнд service_type_id');
    expect(await faultOf(api.mock.url, 'competence_add', { agent_partner_id: WELL_KNOWN.agentUser, service_type_id: WELL_KNOWN.supportLine })).toBe(
      'Не найден агент партнера с уникальным идентификатором, указанным в операнде agent_partner_id',
    );
    expect(await faultOf(api.mock.url, 'competence_stop', { competence_id: WELL_KNOWN.service })).toBe(
      'Не найдена компетенция с уникальным идентификатором, указанным в операнде competence_id',
    );
  });
});
