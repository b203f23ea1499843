import { WELL_KNOWN } from '../../../seed/demo-world.js';
import type { SeedKit } from '../seed-kit.js';
import type { SeedScenario, WorldDraft } from '../world-families.js';
import type { SpecialistRow, SqlValue, WorldRows } from '../world-rows.js';
import { Rng } from './rng.js';
import { MINUTE, moscowDayStart, SECOND } from './work-calendar.js';

/** A person served on one of the partner's lines. */
export interface Served {
  userId: string;
  clientId: string;
  lineId: string;
}

interface Device {
  appType: number;
  version: string;
  ipv4: string;
  mac: string;
  from1c: number;
}

const VERSIONS: Record<number, readonly string[]> = {
  1: ['1.9.34.12', '1.9.35.4', '1.9.36.2'],
  2: ['2.4.11', '2.4.12'],
  3: ['3.2.7', '3.3.1'],
  4: ['3.2.5', '3.3.0'],
};

/**
 * What the activity simulator works with: the world being built, its people and lines, the moment
 * the history ends at, one random stream, and the writers of chat messages and sessions (nothing
 * after `now` is written).
 */
export class ActivityContext {
  readonly rng: Rng;
  readonly now: number;
  readonly scale: number;
  readonly served: Served[];
  readonly specialists: string[];
  readonly vendorSpecialists: string[];
  readonly ownLines: string[];
  private readonly devices = new Map<string, Device>();
  /** Each user's session of a day (one per user and day), stretched to cover all of that day's treatments. */
  private readonly userDays = new Map<string, { row: Record<string, SqlValue>; start: number; end: number }>();
  /** Specialist and day pairs with treatment work, so a specialist who worked was signed in that day. */
  private readonly workDays = new Set<string>();

  constructor(
    readonly kit: SeedKit,
    readonly world: WorldDraft,
    scenario: SeedScenario,
  ) {
    this.rng = new Rng(kit.faker.number.int({ min: 1, max: 0xffffffff }));
    this.now = Math.floor(scenario.now.getTime() / SECOND) * SECOND;
    this.scale = scenario.scale;
    const partner = WELL_KNOWN.partner;
    const base = world as unknown as WorldRows;
    const lines = base.support_lines.filter((l) => l.partner_id === partner && l.deleted === 0);
    this.ownLines = lines.filter((l) => l.kind === 'own').map((l) => l.id);
    const lineIds = new Set(lines.map((l) => l.id));
    const users = new Map(base.client_users.filter((u) => u.deleted === 0).map((u) => [u.id, u]));
    this.served = base.line_users
      .filter((lu) => lineIds.has(lu.line_id) && users.has(lu.user_id))
      .map((lu) => ({ userId: lu.user_id, clientId: users.get(lu.user_id)!.client_id, lineId: lu.line_id }));
    this.specialists = base.specialists.filter((s) => s.partner_id === partner && s.deleted === 0).map((s) => s.id);
    this.vendorSpecialists = this.addVendorSpecialists();
  }

  private addVendorSpecialists(): string[] {
    const made: SpecialistRow[] = [0, 1].map(() => {
      const person = this.kit.person();
      return {
        id: this.kit.uuid(),
        partner_id: WELL_KNOWN.vendorPartner,
        login: this.kit.login(1_000_000, 9_999_999),
        ...person,
        birthday: this.kit.birthday(),
        post: 'Специалист линии поддержки',
        department_id: null,
        phone: this.kit.phone(),
        email: this.kit.email(person, 'soft-vendor.ru'),
        password: '',
        deleted: 0,
        ...this.kit.stamps(),
      };
    });
    (this.world as unknown as WorldRows).specialists.push(...made);
    return made.map((s) => s.id);
  }

  device(agentId: string, specialist: boolean): Device {
    let d = this.devices.get(agentId);
    if (!d) {
      const appType = specialist ? 1 : this.rng.weighted([[1, 70], [2, 15], [3, 9], [4, 6]] as const);
      const hex = () => this.rng.int(0, 255).toString(16).toUpperCase().padStart(2, '0');
      d = {
        appType,
        version: this.rng.pick(VERSIONS[appType]),
        ipv4: `${this.rng.pick([31, 46, 78, 85, 91, 94, 176, 188, 212])}.${this.rng.int(0, 255)}.${this.rng.int(0, 255)}.${this.rng.int(1, 254)}`,
        mac: appType === 1 ? `${hex()}-${hex()}-${hex()}-${hex()}-${hex()}-${hex()}` : '',
        from1c: appType === 1 && !specialist && this.rng.chance(0.6) ? 1 : 0,
      };
      this.devices.set(agentId, d);
    }
    return d;
  }

  otherSpecialist(than: string): string {
    const others = this.specialists.filter((s) => s !== than);
    return others.length > 0 ? this.rng.pick(others) : than;
  }

  /** The store's `YYYY-MM-DDTHH:MM:SSZ` (toStoreTimestamp's form), made the quick way for whole seconds. */
  stamp(t: number): string {
    return `${new Date(t).toISOString().slice(0, 19)}Z`;
  }

  chat(type: number, t: number, who: Served, author: string | null, message: string, treatmentId: string | null): void {
    if (t > this.now) return;
    this.world.chat_messages.push({
      id: this.rng.uuid(),
      message_type: type,
      service_user_id: who.userId,
      client_id: who.clientId,
      line_id: who.lineId,
      author_id: author,
      message,
      message_time: this.stamp(t),
      treatment_id: treatmentId,
    });
  }

  session(agentId: string, clientId: string | null, started: number, ended: number, specialist: boolean): Record<string, SqlValue> | undefined {
    if (started > this.now) return undefined;
    const d = this.device(agentId, specialist);
    const row = {
      id: this.rng.uuid(),
      agent_id: agentId,
      agent_type: specialist ? 2 : 1,
      client_id: clientId,
      started: this.stamp(started),
      ended: ended > this.now ? null : this.stamp(ended),
      agent_version: d.version,
      ipv4: d.ipv4,
      mac: d.mac,
      from_1c: d.from1c,
      app_type: d.appType,
    };
    this.world.agent_sessions.push(row);
    return row;
  }

  coverWithSession(who: Served, from: number, to: number): void {
    this.userSession(who, moscowDayStart(from), from - this.rng.int(1, 60) * MINUTE, to + this.rng.int(5, 120) * MINUTE);
  }

  hasUserSession(userId: string, day: number): boolean {
    return this.userDays.has(`${userId}:${day}`);
  }

  /** The user's session of `day`, made or stretched to run from `start` to `end`. */
  userSession(who: Served, day: number, start: number, end: number): void {
    const key = `${who.userId}:${day}`;
    const known = this.userDays.get(key);
    if (!known) {
      const row = this.session(who.userId, who.clientId, start, end, false);
      if (row) this.userDays.set(key, { row, start, end });
      return;
    }
    if (start < known.start) {
      known.start = start;
      known.row.started = this.stamp(start);
    }
    if (end > known.end) {
      known.end = end;
      known.row.ended = end > this.now ? null : this.stamp(end);
    }
  }

  workedOn(specialist: string, t: number): void {
    this.workDays.add(`${specialist}:${moscowDayStart(t)}`);
  }

  worked(specialist: string, day: number): boolean {
    return this.workDays.has(`${specialist}:${day}`);
  }
}
