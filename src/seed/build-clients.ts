import { WELL_KNOWN, WORLD_SIZES } from '../../seed/demo-world.js';
import { CLIENT_USER_POSTS, PARTNER_NAMES, WELL_KNOWN_CLIENT_CORES } from '../../seed/demo-names.js';
import type { Staff } from './build-staff.js';
import { clip, type SeedKit } from './seed-kit.js';
import type { ClientRow, ClientUserRow, ClientVisibilityRow, LineUserRow, WorldRows } from './world-rows.js';

const NAME_MAX = 50;
const FULL_NAME_MAX = 255;

const LEGAL_FORMS = {
  'ООО': 'Общество с ограниченной ответственностью',
  'АО': 'Акционерное общество',
} as const;
type LegalForm = keyof typeof LEGAL_FORMS;

type Org = Pick<ClientRow, 'name' | 'full_name' | 'inn'>;

function legalEntity(kit: SeedKit, core: string, form: LegalForm): Org {
  return {
    name: `${form} «${clip(core, NAME_MAX - form.length - 3)}»`,
    full_name: `${LEGAL_FORMS[form]} «${clip(core, FULL_NAME_MAX - LEGAL_FORMS[form].length - 3)}»`,
    inn: kit.innLegal(),
  };
}

function entrepreneur(kit: SeedKit): Org {
  const p = kit.person();
  return {
    name: clip(`ИП ${p.surname} ${p.name[0]}. ${p.secondary_name[0]}.`, NAME_MAX),
    full_name: clip(`Индивидуальный предприниматель ${p.surname} ${p.name} ${p.secondary_name}`, FULL_NAME_MAX),
    inn: kit.innPerson(),
  };
}

function randomOrg(kit: SeedKit): Org {
  const form = kit.faker.helpers.weightedArrayElement([
    { weight: 6, value: 'ООО' as const },
    { weight: 2, value: 'АО' as const },
    { weight: 2, value: 'ИП' as const },
  ]);
  if (form === 'ИП') return entrepreneur(kit);
  // ru company names come as "<legal form> <brand>"; keep the brand, without "(Самар.)"-like city hints.
  const company = kit.faker.company.name();
  const brand = company.slice(company.indexOf(' ') + 1).replace(/\s*\([^)]*\)/g, '');
  return legalEntity(kit, brand, form);
}

type ClientWorld = Pick<WorldRows, 'clients' | 'client_visibility' | 'client_users' | 'line_users'>;

export function buildClients(kit: SeedKit, staff: Staff): ClientWorld {
  const activeSpecialists = (partner: string): string[] =>
    staff.specialists.filter((s) => s.partner_id === partner && s.deleted === 0).map((s) => s.id);
  const demoManagers = activeSpecialists(WELL_KNOWN.partner);
  const otherManagers = activeSpecialists(WELL_KNOWN.otherPartner);
  const regionsOf = (partner: string): readonly string[] => staff.regionsOf.get(partner) ?? [];

  const client = (id: string, owner: string, org: Org, deleted: 0 | 1, managers: readonly string[]): ClientRow => ({
    id,
    owner_partner_id: owner,
    kind: 'client',
    ...org,
    region_id: kit.pick(regionsOf(owner)),
    reg_number_ppic: kit.chance(0.7) ? kit.itsNumber() : '',
    client_manager_id: kit.chance(0.7) ? kit.pick(managers) : null,
    service_manager_id: kit.chance(0.5) ? kit.pick(managers) : null,
    deleted,
    ...kit.stamps(),
  });
  const ownOrg = (core: string): Org => legalEntity(kit, core, 'ООО');

  const ownClient: ClientRow = {
    ...client(WELL_KNOWN.ownClient, WELL_KNOWN.partner, ownOrg(WELL_KNOWN_CLIENT_CORES.ownClient), 0, demoManagers),
    region_id: WELL_KNOWN.regionMoscow,
    reg_number_ppic: kit.itsNumber(),
    client_manager_id: WELL_KNOWN.specialist,
    service_manager_id: demoManagers[1],
  };
  const own = [
    ownClient,
    client(WELL_KNOWN.deletedOwnClient, WELL_KNOWN.partner, ownOrg(WELL_KNOWN_CLIENT_CORES.deletedOwnClient), 1, demoManagers),
  ];
  for (let i = 0; i < WORLD_SIZES.ownClients; i++) {
    own.push(client(kit.uuid(), WELL_KNOWN.partner, randomOrg(kit), 0, demoManagers));
  }
  for (let i = 0; i < WORLD_SIZES.deletedOwnClients; i++) {
    own.push(client(kit.uuid(), WELL_KNOWN.partner, randomOrg(kit), 1, demoManagers));
  }

  const other = (id: string, org: Org): ClientRow => client(id, WELL_KNOWN.otherPartner, org, 0, otherManagers);
  const thirdParty = other(WELL_KNOWN.thirdPartyClient, ownOrg(WELL_KNOWN_CLIENT_CORES.thirdPartyClient));
  const invisible = other(WELL_KNOWN.invisibleClient, ownOrg(WELL_KNOWN_CLIENT_CORES.invisibleClient));
  const others = Array.from({ length: WORLD_SIZES.otherPartnerClients }, () => other(kit.uuid(), randomOrg(kit)));
  const visible = [thirdParty, ...others.slice(0, WORLD_SIZES.visibleOtherPartnerClients)];

  const partnerOrgs = staff.partners.map((p): ClientRow => ({
    id: p.id,
    owner_partner_id: p.id,
    kind: 'partner',
    name: p.name,
    full_name: `${LEGAL_FORMS['ООО']} «${PARTNER_NAMES[partnerKey(p.id)].core}»`,
    region_id: regionsOf(p.id)[0] ?? null,
    inn: kit.innLegal(),
    reg_number_ppic: '',
    client_manager_id: null,
    service_manager_id: null,
    deleted: 0,
    ...kit.stamps(),
  }));

  const clients = [...partnerOrgs, ...own, thirdParty, invisible, ...others];
  const client_visibility = [
    ...visible.map((c) => c.id),
    WELL_KNOWN.vendorPartner,
    WELL_KNOWN.otherPartner,
  ].map((client_id): ClientVisibilityRow => ({ partner_id: WELL_KNOWN.partner, client_id }));

  const usersByClient = new Map<string, ClientUserRow[]>();
  for (const c of clients) {
    if (c.kind === 'client') usersByClient.set(c.id, buildUsers(kit, c));
  }
  const client_users = [...usersByClient.values()].flat();
  const line_users = buildLineUsers(kit, staff, own, visible, usersByClient);
  return { clients, client_visibility, client_users, line_users };
}

function partnerKey(id: string): keyof typeof PARTNER_NAMES {
  if (id === WELL_KNOWN.partner) return 'partner';
  if (id === WELL_KNOWN.vendorPartner) return 'vendorPartner';
  return 'otherPartner';
}

function buildUsers(kit: SeedKit, c: ClientRow): ClientUserRow[] {
  const { min, max } = WORLD_SIZES.usersPerClient;
  const count = c.id === WELL_KNOWN.ownClient ? max : kit.faker.number.int({ min, max });
  return Array.from({ length: count }, (_, i): ClientUserRow => {
    const person = kit.person();
    const login = kit.login(100_000, 999_999);
    // A live client's first user always stays, so every visible client keeps a served user.
    const deleted = c.deleted === 1 || (i > 0 && c.id !== WELL_KNOWN.ownClient && kit.chance(0.08)) ? 1 : 0;
    return {
      id: kit.uuid(),
      client_id: c.id,
      login,
      ...person,
      birthday: kit.birthday(),
      post: kit.chance(0.8) ? kit.pick(CLIENT_USER_POSTS) : '',
      phone: kit.chance(0.9) ? kit.phone() : '',
      email: kit.email(person),
      deleted,
      ...kit.stamps(c.created_at),
    };
  });
}

function buildLineUsers(
  kit: SeedKit,
  staff: Staff,
  own: readonly ClientRow[],
  visible: readonly ClientRow[],
  usersByClient: ReadonlyMap<string, readonly ClientUserRow[]>,
): LineUserRow[] {
  const demoLines = staff.support_lines.filter((l) => l.partner_id === WELL_KNOWN.partner).map((l) => l.id);
  const ownLines = staff.support_lines
    .filter((l) => l.partner_id === WELL_KNOWN.partner && l.kind === 'own')
    .map((l) => l.id);
  const live = (c: ClientRow): readonly ClientUserRow[] =>
    c.deleted === 1 ? [] : (usersByClient.get(c.id) ?? []).filter((u) => u.deleted === 0);
  const rows: LineUserRow[] = [];
  for (const c of own) {
    for (const user of live(c)) {
      const main = c.id === WELL_KNOWN.ownClient ? WELL_KNOWN.supportLine : kit.pick(ownLines);
      const extra = demoLines.filter((line) => line !== main && kit.chance(0.25));
      for (const line_id of [main, ...extra]) rows.push({ line_id, user_id: user.id });
    }
  }
  // Served on the demo partner's line: this is what makes another partner's client visible.
  for (const c of visible) {
    for (const user of live(c)) rows.push({ line_id: WELL_KNOWN.supportLine, user_id: user.id });
  }
  return rows;
}
