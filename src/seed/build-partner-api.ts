import { WELL_KNOWN } from '../../seed/demo-world.js';
import { CONTACT_TYPE, PARTNER_AGENT_NUMBER_BASE, PAY_METHOD, ROLE, USER_AGENT_NUMBER_BASE } from '../services/partner-api/dictionaries/values.js';
import { clip, type SeedKit } from './seed-kit.js';
import type { WorldDraft, WorldFamily } from './world-families.js';

/** Hours east of UTC of the regions outside Moscow time; the rest are UTC+3. */
const REGION_UTC_OFFSETS: Readonly<Record<string, number>> = {
  'Калининградская область': 2,
  'Самарская область': 4, 'Удмуртская Республика': 4, 'Астраханская область': 4, 'Саратовская область': 4, 'Ульяновская область': 4, 'Армения': 4,
  'Республика Башкортостан': 5, 'Пермский край': 5, 'Оренбургская область': 5, 'Свердловская область': 5, 'Челябинская область': 5,
  'Курганская область': 5, 'Тюменская область': 5, 'Ханты-Мансийский автономный округ — Югра': 5, 'Ямало-Ненецкий автономный округ': 5,
  'Казахстан': 5, 'Узбекистан': 5,
  'Омская область': 6, 'Киргизия': 6,
  'Республика Алтай': 7, 'Алтайский край': 7, 'Новосибирская область': 7, 'Томская область': 7, 'Кемеровская область — Кузбасс': 7,
  'Красноярский край': 7, 'Республика Тыва': 7, 'Республика Хакасия': 7,
  'Иркутская область': 8, 'Республика Бурятия': 8,
  'Забайкальский край': 9, 'Амурская область': 9, 'Республика Саха (Якутия)': 9,
  'Приморский край': 10, 'Хабаровский край': 10, 'Еврейская автономная область': 10,
  'Магаданская область': 11, 'Сахалинская область': 11,
  'Камчатский край': 12, 'Чукотский автономный округ': 12,
};

const ADDIT_ATTRIBUTES = ['', '', '', 'VIP', 'Сеть магазинов', 'Бюджетное учреждение', 'Ключевой клиент'];
const SITE_OF_PARTNER: Readonly<Record<string, string>> = {
  [WELL_KNOWN.partner]: 'https://demo-partner.ru',
  [WELL_KNOWN.vendorPartner]: 'https://soft-vendor.ru',
  [WELL_KNOWN.otherPartner]: 'https://sosed-partner.ru',
};

const OPEN_START = '2019-01-15';

/** PartnerAPI 1.20 data: region time zones, contact information, client details, roles, agents, contracts, abonements (competences are the lines family's). */
export const PARTNER_API_FAMILY: WorldFamily = {
  family: 'partner-api',
  build(kit, world) {
    for (const region of world.regions) region.time_zone = REGION_UTC_OFFSETS[region.name] ?? 3;
    nameFirstOwnClientUser(world);
    buildRoles(world);
    buildPartnerContacts(kit, world);
    buildClientDetails(kit, world);
    const userAgents = buildAgents(kit, world);
    buildContracts(world);
    buildServices(kit, world, userAgents);
  },
};

/** ownClient's first user gets the well-known id, in the users and in their support lines. */
function nameFirstOwnClientUser(world: WorldDraft): void {
  const user = world.client_users.find((u) => u.client_id === WELL_KNOWN.ownClient);
  if (!user) return;
  for (const lu of world.line_users) if (lu.user_id === user.id) lu.user_id = WELL_KNOWN.clientUser;
  user.id = WELL_KNOWN.clientUser;
}

function buildRoles(world: WorldDraft): void {
  const roles: [string, string][] = [
    [WELL_KNOWN.partner, ROLE.service],
    [WELL_KNOWN.partner, ROLE.sale],
    [WELL_KNOWN.partner, ROLE.franchisee],
    [WELL_KNOWN.vendorPartner, ROLE.vendor],
    [WELL_KNOWN.otherPartner, ROLE.service],
  ];
  world.partner_roles.push(...roles.map(([partner_id, role_id]) => ({ partner_id, role_id })));
}

function buildPartnerContacts(kit: SeedKit, world: WorldDraft): void {
  const regionName = new Map(world.regions.map((r) => [r.id, r.name]));
  for (const { partner_id, region_id } of world.partner_regions) {
    const partner = world.partners.find((p) => p.id === partner_id);
    if (!partner) continue;
    const views: [string, string][] = [
      [CONTACT_TYPE.partnerName, `${partner.name} (${regionName.get(region_id) ?? ''})`],
      [CONTACT_TYPE.partnerAddress, `${kit.faker.location.city()}, ${kit.faker.location.street()}, д. ${kit.faker.number.int({ min: 1, max: 120 })}`],
      [CONTACT_TYPE.partnerPhone, kit.faker.helpers.replaceSymbols('+7 (8##) ###-##-##')],
      [CONTACT_TYPE.partnerEmail, `support@${(SITE_OF_PARTNER[partner_id] ?? 'https://partner.ru').replace('https://', '')}`],
      [CONTACT_TYPE.partnerSite, SITE_OF_PARTNER[partner_id] ?? ''],
    ];
    world.partner_contacts.push(...views.map(([contact_type_id, contact_view]) => ({ partner_id, region_id, contact_type_id, contact_view: clip(contact_view, 500) })));
  }
}

function buildClientDetails(kit: SeedKit, world: WorldDraft): void {
  for (const client of world.clients) {
    if (client.kind !== 'client') continue;
    const kpp = client.inn.length === 10 ? `${client.inn.slice(0, 4)}01001` : '';
    const pay_method_id = client.reg_number_ppic ? PAY_METHOD.year : PAY_METHOD.monthly;
    const addit_attribute = client.id === WELL_KNOWN.ownClient ? 'Ключевой клиент' : kit.pick(ADDIT_ATTRIBUTES);
    world.client_details.push({ client_id: client.id, kpp, pay_method_id, addit_attribute });
    world.client_contacts.push({
      client_id: client.id,
      contact_type_id: CONTACT_TYPE.clientAddress,
      contact_view: clip(`${kit.faker.location.zipCode('######')}, ${kit.faker.location.city()}, ${kit.faker.location.street()}, д. ${kit.faker.number.int({ min: 1, max: 200 })}`, 500),
    });
  }
}

const password = (kit: SeedKit) => kit.faker.string.numeric({ length: 6, allowLeadingZeros: false });

/** One partner agent per current specialist, one user agent per current client user; returns the user agents by user. */
function buildAgents(kit: SeedKit, world: WorldDraft): Map<string, string> {
  let partnerNumber = PARTNER_AGENT_NUMBER_BASE;
  let userNumber = USER_AGENT_NUMBER_BASE;
  for (const s of world.specialists) {
    if (s.deleted === 1) continue;
    const id = s.id === WELL_KNOWN.specialist ? WELL_KNOWN.agentPartner : kit.uuid();
    world.agents.push({ id, agent_type: 1, number: String(++partnerNumber), password: password(kit), owner_id: s.partner_id, user_id: s.id, active: 1, ...kit.stamps(s.created_at) });
  }
  const clientOf = new Map(world.clients.map((c) => [c.id, c]));
  const byUser = new Map<string, string>();
  for (const u of world.client_users) {
    const client = clientOf.get(u.client_id);
    if (!client || u.deleted === 1) continue;
    const id = u.id === WELL_KNOWN.clientUser ? WELL_KNOWN.agentUser : kit.uuid();
    const active = client.deleted === 1 ? 0 : 1;
    world.agents.push({ id, agent_type: 2, number: String(++userNumber), password: password(kit), owner_id: u.client_id, user_id: u.id, active, ...kit.stamps(u.created_at) });
    byUser.set(u.id, id);
  }
  return byUser;
}

function buildContracts(world: WorldDraft): void {
  world.contracts.push(
    { id: WELL_KNOWN.serviceContract, partner_id: WELL_KNOWN.partner, role_id: ROLE.service, start_date: OPEN_START, end_date: null },
    { id: WELL_KNOWN.saleContract, partner_id: WELL_KNOWN.partner, role_id: ROLE.sale, start_date: '2020-03-01', end_date: '2026-12-31' },
  );
  const demoLines = world.support_lines.filter((l) => l.partner_id === WELL_KNOWN.partner && l.deleted === 0);
  for (const line of demoLines) {
    world.contract_services.push({ contract_id: WELL_KNOWN.serviceContract, service_type_id: line.id, start_date: OPEN_START, end_date: null });
  }
  world.contract_services.push({ contract_id: WELL_KNOWN.saleContract, service_type_id: WELL_KNOWN.supportLine, start_date: '2020-03-01', end_date: '2026-12-31' });
}

/** Abonements of the client users served on the demo partner's lines (line_users). */
function buildServices(kit: SeedKit, world: WorldDraft, agentOf: Map<string, string>): void {
  const userClient = new Map(world.client_users.map((u) => [u.id, u.client_id]));
  const demoLines = new Set(world.support_lines.filter((l) => l.partner_id === WELL_KNOWN.partner).map((l) => l.id));
  for (const lu of world.line_users) {
    const agent = agentOf.get(lu.user_id);
    const client_id = userClient.get(lu.user_id);
    if (!agent || !client_id || !demoLines.has(lu.line_id)) continue;
    const stamps = kit.stamps();
    const id = agent === WELL_KNOWN.agentUser && lu.line_id === WELL_KNOWN.supportLine ? WELL_KNOWN.service : kit.uuid();
    const openEnded = id === WELL_KNOWN.service || kit.chance(0.6);
    world.services.push({
      id,
      sale_partner_id: WELL_KNOWN.partner,
      client_id,
      service_partner_id: WELL_KNOWN.partner,
      start_date: stamps.created_at.slice(0, 10),
      end_date: openEnded ? null : `${Number(stamps.created_at.slice(0, 4)) + 3}-12-31`,
      agent_user_id: agent,
      service_type_id: lu.line_id,
      stopped: 0,
      ...stamps,
    });
  }
}

