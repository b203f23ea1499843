import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith } from '../../support/soap-client.js';
import { faultOf, rows, usePartnerApi } from '../../support/partner-api.js';

/** A stopped (removed) competence is unknown, like one that never was. */
const GONE = 'Не найдена компетенция с уникальным идентификатором, указанным в операнде competence_id';

describe('PartnerAPI competence_*', () => {
  const api = usePartnerApi();

  /** A partner agent other than agentPartner, with its specialist, and a line it has no competence on. */
  const anotherAgent = async () => {
    const agents = await rows(api.client, 'agent_partner_read', { agent_partner_activity: true });
    const agent = agents.find((a) => a.agent_partner_id !== WELL_KNOWN.agentPartner) as Record<string, string>;
    const pair = { SpecialistID: agent.partner_user_id, ServiceID: WELL_KNOWN.vendorLine };
    expect(await callWith(api.web, 'CompetenceDelete', pair)).toEqual({ code: 'SUCCESS', data: null });
    return { agent: agent.agent_partner_id, pair };
  };
  const webCompetences = async () => (await callWith(api.web, 'CompetenceRead')).data as Record<string, string>[];

  it('competence_read with filters (agent_id is accepted for agent_partner_id)', async () => {
    const all = await rows(api.client, 'competence_read');
    expect(all.length).toBeGreaterThan(5);
    expect(await rows(api.client, 'competence_read', { competence_id: WELL_KNOWN.competence })).toEqual([
      { competence_id: WELL_KNOWN.competence, agent_partner_id: WELL_KNOWN.agentPartner, service_type_id: WELL_KNOWN.supportLine, prioritet: '1' },
    ]);
    const byAgent = await rows(api.client, 'competence_read', { agent_id: WELL_KNOWN.agentPartner });
    expect(byAgent.length).toBeGreaterThan(1);
    expect(byAgent.every((c) => c.agent_partner_id === WELL_KNOWN.agentPartner)).toBe(true);
    const line = await rows(api.client, 'competence_read', { service_type_id: WELL_KNOWN.supportLine, prioritet: 3 });
    expect(line.length).toBeGreaterThan(0);
    expect(line.every((c) => c.service_type_id === WELL_KNOWN.supportLine && c.prioritet === '3')).toBe(true);
  });

  it('the competences are the rows of CompetenceRead: one per pair of a specialist with a partner agent', async () => {
    const agents = new Map((await rows(api.client, 'agent_partner_read')).map((a) => [a.partner_user_id, a.agent_partner_id]));
    const web = (await webCompetences()).filter((c) => agents.has(c.SpecialistID));
    const legacy = await rows(api.client, 'competence_read');
    const asPairs = (list: { agent: string | null; line: string | null; priority: string | null }[]) => list.map((c) => `${c.agent} ${c.line} ${c.priority}`).sort();
    expect(asPairs(legacy.map((c) => ({ agent: c.agent_partner_id, line: c.service_type_id, priority: c.prioritet })))).toEqual(
      asPairs(web.map((c) => ({ agent: agents.get(c.SpecialistID) ?? null, line: c.ServiceID, priority: c.Priority }))),
    );
  });

  it('competence_add: priority 3 by default, the same pair keeps its id; competence_stop: empty answer, then the id is unknown', async () => {
    const { agent } = await anotherAgent();
    const [added] = await rows(api.client, 'competence_add', { agent_partner_id: agent, service_type_id: WELL_KNOWN.vendorLine });
    expect(added).toMatchObject({ agent_partner_id: agent, service_type_id: WELL_KNOWN.vendorLine, prioritet: '3' });
    const [second] = await rows(api.client, 'competence_add', { agent_partner_id: agent, service_type_id: WELL_KNOWN.vendorLine, prioritet: 1 });
    expect(second).toEqual({ ...added, prioritet: '1' });
    expect(await rows(api.client, 'competence_stop', { competence_id: added.competence_id })).toEqual([]);
    expect(await faultOf(api.mock.url, 'competence_read', { competence_id: added.competence_id })).toBe(GONE);
  });

  it('CompetenceAdd is read by competence_read; competence_stop removes it from CompetenceRead', async () => {
    const { agent, pair } = await anotherAgent();
    expect(await callWith(api.web, 'CompetenceAdd', { ...pair, Priority: 2 })).toEqual({ code: 'SUCCESS', data: null });
    const [read] = await rows(api.client, 'competence_read', { agent_partner_id: agent, service_type_id: WELL_KNOWN.vendorLine });
    expect(read).toEqual({ competence_id: expect.stringMatching(/^[0-9a-f-]{36}$/), agent_partner_id: agent, service_type_id: WELL_KNOWN.vendorLine, prioritet: '2' });
    expect(await rows(api.client, 'competence_stop', { competence_id: read.competence_id })).toEqual([]);
    expect((await webCompetences()).find((c) => c.SpecialistID === pair.SpecialistID && c.ServiceID === pair.ServiceID)).toBeUndefined();
    expect(await faultOf(api.mock.url, 'competence_stop', { competence_id: read.competence_id })).toBe(GONE);
  });

  it('competence_add is read by CompetenceRead; CompetenceDelete removes it from competence_read', async () => {
    const { agent, pair } = await anotherAgent();
    const [added] = await rows(api.client, 'competence_add', { agent_partner_id: agent, service_type_id: WELL_KNOWN.vendorLine, prioritet: 2 });
    expect((await webCompetences()).find((c) => c.SpecialistID === pair.SpecialistID && c.ServiceID === pair.ServiceID)).toEqual({
      ...pair,
      ActivateDate: '2024-03-01T12:00:00',
      ExpiresDate: '0001-01-01T00:00:00',
      Priority: '2',
    });
    expect(await callWith(api.web, 'CompetenceDelete', pair)).toEqual({ code: 'SUCCESS', data: null });
    expect(await rows(api.client, 'competence_read', { agent_partner_id: agent, service_type_id: WELL_KNOWN.vendorLine })).toEqual([]);
    expect(await faultOf(api.mock.url, 'competence_read', { competence_id: added.competence_id })).toBe(GONE);
  });

  it('errors', async () => {
    expect(await faultOf(api.mock.url, 'competence_add', { agent_partner_id: WELL_KNOWN.agentPartner })).toBe('Не указан обязательный операнд service_type_id');
    expect(await faultOf(api.mock.url, 'competence_add', { agent_partner_id: WELL_KNOWN.agentUser, service_type_id: WELL_KNOWN.supportLine })).toBe(
      'Не найден агент партнера с уникальным идентификатором, указанным в операнде agent_partner_id',
    );
    expect(await faultOf(api.mock.url, 'competence_add', { agent_partner_id: WELL_KNOWN.agentPartner, service_type_id: WELL_KNOWN.supportLine, prioritet: 4 })).toBe(
      'Недопустимое значение операнда prioritet',
    );
    expect(await faultOf(api.mock.url, 'competence_stop', { competence_id: WELL_KNOWN.service })).toBe(GONE);
  });
});
