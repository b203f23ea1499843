import { SEED_EPOCH, WELL_KNOWN, WORLD_SIZES } from '../../seed/demo-world.js';
import {
  CLIENT_PARAMETER_NAMES,
  CLIENT_PARAMETER_VALUES,
  CLIENT_USER_POSTS,
  DELETED_LINE_NAME,
} from '../../seed/demo-names.js';
import { nameBasedUuid } from '../store/derived-id.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import { otherPartnerSpecialist } from './build-people.js';
import type { SeedKit } from './seed-kit.js';
import type { WorldDraft, WorldFamily } from './world-families.js';
import type { SqlValue } from './world-rows.js';

type Row = Record<string, SqlValue>;

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.parse(SEED_EPOCH);
const COLORS = ['NONE', 'RED', 'GREEN', 'ORANGE', 'BLUE'] as const;
const SEARCH_AREAS = ['FOR_MY_CUSTOMERS', 'FOR_CUSTOMERS_IN_MY_REGION', 'FOR_CUSTOMERS_IN_MY_TIME_ZONE'] as const;
const SCHEDULES: readonly (readonly [string, string])[] = [
  ['09:00:00', '18:00:00'],
  ['08:00:00', '20:00:00'],
  ['10:00:00', '19:00:00'],
];

const stamp = (ms: number): string => toStoreTimestamp(new Date(ms));

/** Each partner's mail and web domain. */
const DOMAINS: Readonly<Record<string, string>> = {
  [WELL_KNOWN.partner]: 'demo-partner.ru',
  [WELL_KNOWN.vendorPartner]: 'soft-vendor.ru',
  [WELL_KNOWN.otherPartner]: 'sosed-partner.ru',
};

const later = (a: SqlValue | undefined, b: SqlValue | undefined): string => (String(a ?? '') > String(b ?? '') ? String(a) : String(b ?? ''));

/**
 * Support lines in full (settings, schedules, owner types), who is served on them, competences of
 * the specialists, and the demo partner's additional client parameters (spec 3.9–3.14, 3.29–3.37, 3.51–3.54).
 */
export const LINES_FAMILY: WorldFamily = {
  family: 'lines',
  build(kit, world) {
    addLines(kit, world);
    for (const line of world.support_lines) fillLineSettings(kit, line as Row);
    addReceivers(kit, world);
    const created = new Map<string, SqlValue>(
      [...world.support_lines, ...world.client_users, ...world.specialists].map((r) => [String(r.id), r.created_at]),
    );
    const specialists = new Set(world.specialists.map((s) => s.id));
    for (const row of world.line_users as Row[]) {
      fillSubscription(kit, row, specialists.has(String(row.user_id)), later(created.get(String(row.line_id)), created.get(String(row.user_id))));
    }
    addCompetences(kit, world);
    addClientParameters(kit, world);
  },
};

function addLines(kit: SeedKit, world: WorldDraft): void {
  world.support_lines.push(
    { id: WELL_KNOWN.deletedLine, partner_id: WELL_KNOWN.partner, name: DELETED_LINE_NAME, kind: 'own', source_line_id: null, deleted: 1, ...kit.stamps() },
    {
      id: WELL_KNOWN.exportedLineImport,
      partner_id: WELL_KNOWN.otherPartner,
      name: world.support_lines.find((l) => l.id === WELL_KNOWN.supportLine)?.name ?? '',
      kind: 'imported',
      source_line_id: WELL_KNOWN.supportLine,
      deleted: 0,
      ...kit.stamps(),
    },
  );
}

function fillLineSettings(kit: SeedKit, line: Row): void {
  const own = line.kind === 'own';
  const domain = DOMAINS[String(line.partner_id)];
  const [start, end] = kit.pick(SCHEDULES);
  const hint = `Консультации: ${String(line.name).slice(0, 80)}`;
  Object.assign(line, {
    displayed_name: String(line.name).slice(0, 100),
    displayed_hint: hint,
    description_link: own ? `https://${domain}/support/${String(line.id).slice(-4)}` : `https://${DOMAINS[WELL_KNOWN.vendorPartner]}/support`,
    notify_emails: own ? `support@${domain}; head@${domain}` : `support@${domain}`,
    notify_before_expires: kit.chance(0.7) ? 1 : 0,
    notify_days_before_expires: kit.pick([5, 7, 10, 14]),
    users_audience: kit.chance(0.85) ? 'ALL' : 'FORSPECIALISTS',
    offer_for_clients: kit.chance(0.5) ? 1 : 0,
    offer_for_specialists: kit.chance(0.3) ? 1 : 0,
    auto_connect_clients: kit.chance(0.6) ? 1 : 0,
    auto_connect_specialists: kit.chance(0.6) ? 1 : 0,
    auto_accept_connect: kit.chance(0.5) ? 1 : 0,
    close_after_inactive_days: kit.pick([0, 3, 7, 14, 30]),
    max_queue_minutes: kit.pick([5, 10, 15, 30]),
    max_reaction_minutes: kit.pick([2, 3, 5, 10]),
    max_treatment_minutes: kit.pick([30, 60, 120, 240]),
    notify_no_appointed: kit.chance(0.5) ? 1 : 0,
    notify_critical_queue: kit.chance(0.5) ? 1 : 0,
    critical_queue_length: kit.faker.number.int({ min: 3, max: 20 }),
    schedule_enabled: kit.chance(0.7) ? 1 : 0,
    available_mon: 1,
    available_tue: 1,
    available_wed: 1,
    available_thu: 1,
    available_fri: 1,
    available_sat: kit.chance(0.3) ? 1 : 0,
    available_sun: 0,
    schedule_start: start,
    schedule_end: end,
    delivery_priority: kit.pick(['NO_PRIORITY', 'FIRST_TO_SPECIALIST', 'FIRST_TO_MANAGER']),
    max_mark_to_notify: kit.pick([0, 2, 3, 3, 4]),
    queue_limit_enabled: kit.chance(0.4) ? 1 : 0,
    queue_limit: kit.faker.number.int({ min: 2, max: 10 }),
    auto_accept_import: own && kit.chance(0.5) ? 1 : 0,
    first_line_on_import: own && kit.chance(0.3) ? 1 : 0,
    requiring_payment: own ? 0 : 1,
    enable_search: kit.chance(0.5) ? 1 : 0,
    search_visibility: own ? kit.pick(SEARCH_AREAS) : 'FOR_MY_CUSTOMERS',
  });
}

/** A user of an invisible client, a foreign specialist, and own specialists served on own lines. */
function addReceivers(kit: SeedKit, world: WorldDraft): void {
  const user = (id: string, client_id: string): Row => {
    const person = kit.person();
    return {
      id,
      client_id,
      login: kit.login(100_000, 999_999),
      ...person,
      birthday: kit.birthday(),
      post: kit.pick(CLIENT_USER_POSTS),
      phone: kit.phone(),
      email: kit.email(person),
      deleted: 0,
      ...kit.stamps(),
    };
  };
  // thirdPartyClientUser, served on supportLine, comes from the people family.
  world.client_users.push(user(WELL_KNOWN.invisibleClientUser, WELL_KNOWN.invisibleClient) as WorldDraft['client_users'][number]);

  world.specialists.push(otherPartnerSpecialist(kit, WELL_KNOWN.foreignSpecialist));

  // Specialists of the demo partner who also receive support on its lines (to ask colleagues).
  const ownSpecialists = world.specialists.filter((s) => s.partner_id === WELL_KNOWN.partner && s.deleted === 0);
  for (const s of ownSpecialists) {
    if (s.id === WELL_KNOWN.specialist || kit.chance(0.3)) world.line_users.push({ line_id: WELL_KNOWN.supportLine, user_id: s.id });
  }
}

/** When the person was connected, from when the support runs, and (for some) until when. */
function fillSubscription(kit: SeedKit, row: Row, isSpecialist: boolean, notBefore: string): void {
  const connected = Date.parse(String(kit.stamps(notBefore).created_at));
  const activate = connected + (kit.chance(0.2) ? kit.faker.number.int({ min: 1, max: 14 }) * DAY_MS : 0);
  const expires = kit.chance(0.35) ? activate + kit.faker.number.int({ min: 90, max: 730 }) * DAY_MS : undefined;
  const changed = Math.min(EPOCH_MS, connected + kit.faker.number.int({ min: 0, max: 30 }) * DAY_MS);
  Object.assign(row, {
    user_kind: isSpecialist ? 'specialist' : 'client_user',
    created_at: stamp(connected),
    activate_at: stamp(activate),
    expires_at: expires === undefined ? '' : stamp(expires),
    changed_at: stamp(changed),
  });
}

/** Every live specialist of the demo partner on its main line, some on other lines too; the head at high priority. */
function addCompetences(kit: SeedKit, world: WorldDraft): void {
  const lines = world.support_lines.filter((l) => l.partner_id === WELL_KNOWN.partner && l.deleted === 0);
  const rows = world as unknown as Record<'competences', Row[]>;
  for (const s of world.specialists.filter((x) => x.partner_id === WELL_KNOWN.partner && x.deleted === 0)) {
    for (const { id: line_id, created_at: lineCreated } of lines) {
      const head = s.id === WELL_KNOWN.specialist;
      if (line_id !== WELL_KNOWN.supportLine && !head && !kit.chance(0.35)) continue;
      const { created_at, changed_at } = kit.stamps(later(s.created_at, lineCreated));
      const priority = head && line_id === WELL_KNOWN.supportLine ? 1 : kit.pick([0, 2, 3, 3, 3]);
      const expires = kit.chance(0.15) ? stamp(EPOCH_MS + kit.faker.number.int({ min: 30, max: 365 }) * DAY_MS) : '';
      const id = head && line_id === WELL_KNOWN.supportLine ? WELL_KNOWN.competence : nameBasedUuid(`competence:${s.id}:${line_id}`);
      rows.competences.push({ id, specialist_id: s.id, line_id, priority, activate_at: created_at, expires_at: expires, created_at, changed_at });
    }
  }
}

/** Three live kinds and a deleted one; values on about half of the live own clients. */
function addClientParameters(kit: SeedKit, world: WorldDraft): void {
  const rows = world as unknown as Record<'client_parameters' | 'client_parameter_values', Row[]>;
  const ids = [WELL_KNOWN.clientParameter, kit.uuid(), kit.uuid(), WELL_KNOWN.deletedClientParameter];
  CLIENT_PARAMETER_NAMES.forEach((name, i) => {
    const deleted = i >= WORLD_SIZES.clientParameters ? 1 : 0;
    rows.client_parameters.push({
      id: ids[i],
      partner_id: WELL_KNOWN.partner,
      name,
      show_to_client_users: i === 0 ? 0 : 1,
      show_to_specialists: 1,
      deleted,
      ...kit.stamps(),
    });
  });
  const clients = world.clients.filter((c) => c.owner_partner_id === WELL_KNOWN.partner && c.kind === 'client' && c.deleted === 0);
  for (const c of clients) {
    for (let i = 0; i < WORLD_SIZES.clientParameters; i++) {
      if (c.id !== WELL_KNOWN.ownClient && !kit.chance(0.5)) continue;
      rows.client_parameter_values.push({
        parameter_id: ids[i],
        client_id: c.id,
        value: c.id === WELL_KNOWN.ownClient && i === 0 ? 'VIP' : kit.pick(CLIENT_PARAMETER_VALUES[i]),
        color: c.id === WELL_KNOWN.ownClient && i === 0 ? 'GREEN' : kit.pick(COLORS),
        changed_at: kit.stamps(String(c.created_at)).changed_at,
      });
    }
  }
}
