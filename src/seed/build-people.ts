import { SEED_EPOCH, WELL_KNOWN, WELL_KNOWN_ITS } from '../../seed/demo-world.js';
import { CLIENT_DEPARTMENT_NAMES, CLIENT_USER_POSTS, SPECIALIST_POSTS } from '../../seed/demo-names.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import type { SeedKit } from './seed-kit.js';
import type { WorldDraft, WorldFamily } from './world-families.js';
import type { ClientRow, SqlValue } from './world-rows.js';

type Row = Record<string, SqlValue>;

const DAY_MS = 86_400_000;
const PASSWORD_LENGTH = 8;

/**
 * People of the directory beyond the base: clients' departments, the users' departments and
 * passwords, the well-known users and a specialist of another partner served on the demo lines,
 * and the ITS registry (contracts for most clients' registration numbers, plus WELL_KNOWN_ITS).
 */
export const PEOPLE_FAMILY: WorldFamily = {
  family: 'people',
  build(kit, world) {
    const departments = buildClientDepartments(kit, world);
    fillUsers(kit, world, departments);
    addWellKnownUsers(kit, world);
    addServedForeignSpecialist(kit, world);
    buildItsRegistry(kit, world);
  },
};

function clientById(world: WorldDraft, id: string): ClientRow {
  const client = (world.clients as ClientRow[]).find((c) => c.id === id);
  if (!client) throw new Error(`seed: no client ${id}`);
  return client;
}

/** Departments of own live clients and of the visible third-party ones; returns their ids per client. */
function buildClientDepartments(kit: SeedKit, world: WorldDraft): Map<string, string[]> {
  const visible = new Set(world.client_visibility.map((v) => v.client_id));
  const byClient = new Map<string, string[]>();
  const add = (client: ClientRow, id: string, name: string) => {
    world.client_departments.push({ id, client_id: client.id, name, deleted: 0, ...kit.stamps(client.created_at) });
    byClient.set(client.id, [...(byClient.get(client.id) ?? []), id]);
  };
  for (const client of world.clients as ClientRow[]) {
    const own = client.owner_partner_id === WELL_KNOWN.partner;
    if (client.kind !== 'client' || client.deleted === 1 || !(own || visible.has(client.id))) continue;
    const fixed =
      client.id === WELL_KNOWN.ownClient ? WELL_KNOWN.ownClientDepartment : client.id === WELL_KNOWN.thirdPartyClient ? WELL_KNOWN.thirdPartyClientDepartment : null;
    const count = fixed ? 2 : kit.faker.number.int({ min: 0, max: 3 });
    const names = kit.faker.helpers.arrayElements(CLIENT_DEPARTMENT_NAMES.slice(1), count);
    if (fixed) add(client, fixed, CLIENT_DEPARTMENT_NAMES[0]);
    for (const name of names) add(client, kit.uuid(), name);
  }
  // One department closed long ago, for Deleted = true in reads.
  const closed = world.client_departments.find((d) => d.client_id === WELL_KNOWN.ownClient && d.id !== WELL_KNOWN.ownClientDepartment);
  if (closed) closed.deleted = 1;
  return byClient;
}

function password(kit: SeedKit): string {
  return kit.faker.string.alphanumeric({ length: PASSWORD_LENGTH });
}

/** Every seeded user gets a password and, where the client has departments, often one of them. */
function fillUsers(kit: SeedKit, world: WorldDraft, departments: ReadonlyMap<string, readonly string[]>): void {
  for (const user of world.client_users as Row[]) {
    const options = departments.get(user.client_id as string) ?? [];
    user.department_id = options.length > 0 && kit.chance(0.6) ? kit.pick(options) : null;
    user.password = password(kit);
  }
}

function user(kit: SeedKit, id: string, client: ClientRow, department_id: string | null, deleted: 0 | 1): Row {
  const person = kit.person();
  return {
    id,
    client_id: client.id,
    login: kit.login(100_000, 999_999),
    ...person,
    birthday: kit.birthday(),
    post: kit.pick(CLIENT_USER_POSTS),
    department_id,
    phone: kit.phone(),
    email: kit.email(person),
    password: password(kit),
    deleted,
    ...kit.stamps(client.created_at),
  };
}

function addWellKnownUsers(kit: SeedKit, world: WorldDraft): void {
  const own = clientById(world, WELL_KNOWN.ownClient);
  const third = clientById(world, WELL_KNOWN.thirdPartyClient);
  const rows = [
    user(kit, WELL_KNOWN.ownClientUser, own, WELL_KNOWN.ownClientDepartment, 0),
    user(kit, WELL_KNOWN.deletedClientUser, own, null, 1),
    user(kit, WELL_KNOWN.thirdPartyClientUser, third, WELL_KNOWN.thirdPartyClientDepartment, 0),
  ];
  world.client_users.push(...(rows as unknown as WorldDraft['client_users']));
  world.line_users.push(
    { line_id: WELL_KNOWN.supportLine, user_id: WELL_KNOWN.ownClientUser },
    { line_id: WELL_KNOWN.supportLine, user_id: WELL_KNOWN.thirdPartyClientUser },
  );
}

/** otherPartner's specialist who asks the demo partner's line for help: a "user" of otherPartner. */
function addServedForeignSpecialist(kit: SeedKit, world: WorldDraft): void {
  world.specialists.push(otherPartnerSpecialist(kit, WELL_KNOWN.servedForeignSpecialist));
  world.line_users.push({ line_id: WELL_KNOWN.supportLine, user_id: WELL_KNOWN.servedForeignSpecialist });
}

/** A specialist of otherPartner in its department, with believable details. */
export function otherPartnerSpecialist(kit: SeedKit, id: string): WorldDraft['specialists'][number] {
  const person = kit.person();
  return {
    id,
    partner_id: WELL_KNOWN.otherPartner,
    login: kit.login(1_000_000, 9_999_999),
    ...person,
    birthday: kit.birthday(),
    post: kit.pick(SPECIALIST_POSTS),
    department_id: WELL_KNOWN.foreignDepartment,
    phone: kit.phone(),
    email: kit.email(person, 'sosed-partner.ru'),
    password: '',
    deleted: 0,
    ...kit.stamps(),
  };
}

const EPOCH_MS = Date.parse(SEED_EPOCH);
const day = (ms: number): string => toStoreTimestamp(new Date(ms)).slice(0, 10);

/** A yearly contract that started up to 20 months before the epoch (so some have ended). */
function contract(kit: SeedKit, reg_number: string, inn: string, level: string): Row {
  const start = EPOCH_MS - kit.faker.number.int({ min: 10, max: 600 }) * DAY_MS;
  return { id: kit.uuid(), reg_number, inn, level, date_from: day(start), date_to: day(start + 365 * DAY_MS) };
}

function buildItsRegistry(kit: SeedKit, world: WorldDraft): void {
  const rows: Row[] = [];
  for (const client of world.clients as ClientRow[]) {
    // About a fifth of the numbers clients gave are not in the registry (BASIC).
    if (client.reg_number_ppic === '' || !client.inn || kit.chance(0.2)) continue;
    const level = kit.faker.helpers.weightedArrayElement([
      { weight: 6, value: 'PROF' },
      { weight: 3, value: 'TECHNO' },
      { weight: 1, value: 'INTERNATIONAL' },
    ]);
    rows.push(contract(kit, client.reg_number_ppic, client.inn, level));
  }
  const { prof, techno, international } = WELL_KNOWN_ITS;
  const current = (regNumber: string, inn: string, level: string): Row => ({
    ...contract(kit, regNumber, inn, level),
    date_from: '2024-01-01',
    date_to: '2024-12-31',
  });
  rows.push(current(prof.regNumber, prof.inn, 'PROF'), current(techno.regNumber, techno.inn, 'TECHNO'), current(international.regNumber, international.inn, 'INTERNATIONAL'));
  world.its_registry.push(...rows);
}
