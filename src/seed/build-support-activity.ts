import { createHash } from 'node:crypto';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import {
  CALL_COMMENTS,
  COLLEAGUE_MESSAGES,
  RA_COMMENTS,
  SPECIALIST_REPLIES,
  TREATMENT_COMMENTS,
  USER_FOLLOW_UPS,
  USER_QUESTIONS,
} from '../../seed/support-phrases.js';
import { businessContactPayload } from '../activity/chat-payloads/business-contacts.js';
import { callPayload } from '../activity/chat-payloads/calls.js';
import { filePayload } from '../activity/chat-payloads/files.js';
import { TEXT_MESSAGE } from '../activity/chat-payloads/index.js';
import { remoteAccessPayload } from '../activity/chat-payloads/remote-access.js';
import { treatmentPayload } from '../activity/chat-payloads/treatments.js';
import { md5Hex } from '../activity/files.js';
import { generateFile } from './activity/file-contents.js';
import { Rng } from './activity/rng.js';
import { DAY, HOUR, isWeekday, isWorkingTime, MINUTE, moscowDayStart, nextWorkingStart, SECOND, WORK_END_HOUR, WORK_START_HOUR } from './activity/work-calendar.js';
import type { SeedKit } from './seed-kit.js';
import type { SeedScenario, WorldDraft, WorldFamily } from './world-families.js';
import type { SpecialistRow, SqlValue, WorldRows } from './world-rows.js';

/** Days of history before the seeding moment. */
export const HISTORY_DAYS = 90;

/** Treatments per line-day at scale 1: weekdays and weekends. */
const TREATMENTS_PER_WEEKDAY = 36;
const TREATMENTS_PER_WEEKEND_DAY = 3;

type Row = Record<string, SqlValue>;

interface Served {
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

const RA_HOSTS = ['ra-msk-1.1c-connect.example', 'ra-msk-2.1c-connect.example', 'ra-spb-1.1c-connect.example'];

/**
 * The history of the demo partner's support lines: HISTORY_DAYS days ending at the seeding moment
 * (`scenario.now`); nothing is dated after it. Treatments with their chat, calls, remote access and
 * files; agents' sessions; softphone calls; comments; colleagues' messages; business contacts.
 * Every event points at people and lines of the world.
 */
export const SUPPORT_ACTIVITY: WorldFamily = {
  family: 'support-activity',
  build(kit, world, scenario) {
    new ActivitySimulator(kit, world, scenario).run();
  },
};

class ActivitySimulator {
  private readonly rng: Rng;
  private readonly now: number;
  private readonly scale: number;
  private readonly served: Served[];
  private readonly specialists: string[];
  private readonly vendorSpecialists: string[];
  private readonly ownLines: string[];
  private readonly devices = new Map<string, Device>();
  private readonly sessionCovered = new Set<string>();

  constructor(
    private readonly kit: SeedKit,
    private readonly world: WorldDraft,
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

  run(): void {
    const first = moscowDayStart(this.now - HISTORY_DAYS * DAY);
    for (let day = first; day <= this.now; day += DAY) {
      const weekday = isWeekday(day);
      const perDay = (weekday ? TREATMENTS_PER_WEEKDAY : TREATMENTS_PER_WEEKEND_DAY) * this.scale;
      const count = Math.round(perDay * (0.75 + this.rng.next() * 0.5));
      for (let i = 0; i < count; i++) this.treatment(day, weekday);
      if (weekday) {
        for (const s of this.specialists) this.specialistDay(s, day);
        this.colleagueChats(day);
      }
      this.extraUserSessions(day, weekday);
      if (this.rng.chance(0.4 * this.scale)) this.businessContact(day);
    }
  }

  // ---- people ----

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

  private device(agentId: string, specialist: boolean): Device {
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

  private otherSpecialist(than: string): string {
    const others = this.specialists.filter((s) => s !== than);
    return others.length > 0 ? this.rng.pick(others) : than;
  }

  // ---- output helpers ----

  /** The store's `YYYY-MM-DDTHH:MM:SSZ` (toStoreTimestamp's form), made the quick way for whole seconds. */
  private stamp(t: number): string {
    return `${new Date(t).toISOString().slice(0, 19)}Z`;
  }

  private chat(type: number, t: number, who: Served, author: string | null, message: string, treatmentId: string | null): void {
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

  private session(agentId: string, clientId: string | null, started: number, ended: number, specialist: boolean): void {
    if (started > this.now) return;
    const d = this.device(agentId, specialist);
    this.world.agent_sessions.push({
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
    });
  }

  // ---- treatments ----

  private treatment(day: number, weekday: boolean): void {
    const rng = this.rng;
    const who = rng.pick(this.served);
    const offHours = !weekday || rng.chance(0.06);
    const init = offHours
      ? day + rng.int(0, DAY / SECOND - 1) * SECOND
      : day + WORK_START_HOUR * HOUR + rng.int(0, ((WORK_END_HOUR - WORK_START_HOUR) * HOUR) / SECOND - 1) * SECOND;
    if (init > this.now) return;
    const id = rng.uuid();
    let spec = rng.pick(this.specialists);
    const byUser = rng.chance(0.88);
    this.chat(byUser ? 80 : 81, init, who, byUser ? who.userId : spec, treatmentPayload.agent(byUser ? who.userId : spec), id);
    let t = init + SECOND;
    let queueWait = 0;
    let queueLength = 0;
    if (byUser && !isWorkingTime(init)) {
      this.chat(87, t, who, null, treatmentPayload.agent(who.userId), id);
      queueWait = Math.round((nextWorkingStart(init) - init) / SECOND) + rng.int(60, 1800);
      queueLength = rng.int(0, 8);
    } else if (byUser && rng.chance(0.55)) {
      queueLength = rng.int(1, 6);
      queueWait = rng.int(10, 120) * queueLength;
      this.chat(83, t, who, null, treatmentPayload.agent(who.userId), id);
    }
    if (byUser) this.chat(TEXT_MESSAGE, init + 2 * SECOND, who, who.userId, rng.pick(USER_QUESTIONS), id);
    const appointed = init + queueWait * SECOND;
    if (queueWait > 0) this.chat(86, appointed, who, null, treatmentPayload.agent(spec), id);
    const reaction = appointed + rng.int(5, 90) * SECOND;
    t = reaction;
    this.chat(TEXT_MESSAGE, t, who, spec, rng.pick(SPECIALIST_REPLIES), id);

    const exchanges = rng.int(1, 4);
    for (let i = 0; i < exchanges; i++) {
      t += rng.int(30, 400) * SECOND;
      this.chat(TEXT_MESSAGE, t, who, who.userId, rng.pick(USER_FOLLOW_UPS), id);
      t += rng.int(30, 400) * SECOND;
      this.chat(TEXT_MESSAGE, t, who, spec, rng.pick(SPECIALIST_REPLIES), id);
    }
    if (rng.chance(0.06)) {
      t += rng.int(60, 300) * SECOND;
      spec = this.transfer(t, who, spec, id);
    }
    if (rng.chance(0.25)) t = this.call(t + rng.int(30, 300) * SECOND, who, spec, id);
    if (rng.chance(0.18)) t = this.remoteAccess(t + rng.int(30, 300) * SECOND, who, spec, id);
    if (rng.chance(0.12)) t = this.file(t + rng.int(30, 300) * SECOND, who, rng.chance(0.7) ? who.userId : spec, id);

    // Some treatments stay open for days (a problem handed to the programmers), so "now" always has open ones.
    const longRunning = rng.chance(0.02);
    let closed = longRunning ? t + rng.int(1, 5) * DAY : t + rng.int(60, 600) * SECOND;
    const closing = rng.weighted([[82, 960], [90, 25], [91, 5], [92, 5], [93, 5]] as const);
    if (closing === 90) closed += 2 * HOUR;
    this.chat(closing, closed, who, closing === 82 ? spec : null, treatmentPayload.agent(closing === 82 ? spec : who.userId), id);

    const isClosed = closed <= this.now;
    const assigned = appointed <= this.now;
    const quality = isClosed ? rng.weighted([[0, 40], [5, 36], [4, 15], [3, 5], [2, 2], [1, 2]] as const) : 0;
    this.world.treatments.push({
      id,
      client_id: who.clientId,
      service_user_id: who.userId,
      line_id: who.lineId,
      initialized: this.stamp(init),
      spec_appointed: assigned ? this.stamp(appointed) : null,
      queue_waiting_time: assigned && queueWait > 0 ? queueWait : null,
      queue_length: queueLength,
      specialist_id: assigned ? spec : null,
      reaction_started: reaction <= this.now ? this.stamp(reaction) : null,
      closed: isClosed ? this.stamp(closed) : null,
      duration: isClosed ? Math.round((closed - init) / SECOND) : null,
      quality,
    });
    const commentAt = closed + rng.int(1, 30) * MINUTE;
    if (quality > 0 && commentAt <= this.now && rng.chance(quality <= 3 ? 0.7 : 0.15)) {
      this.world.treatment_comments.push({ id: rng.uuid(), treatment_id: id, comment_time: this.stamp(commentAt), author_id: who.userId, comment: rng.pick(TREATMENT_COMMENTS) });
    }
    this.coverWithSession(who, init, Math.min(closed, init + 8 * HOUR));
  }

  /** The user was signed in while the treatment went on (one session per user and day). */
  private coverWithSession(who: Served, from: number, to: number): void {
    const key = `${who.userId}:${moscowDayStart(from)}`;
    if (this.sessionCovered.has(key)) return;
    this.sessionCovered.add(key);
    this.session(who.userId, who.clientId, from - this.rng.int(1, 60) * MINUTE, to + this.rng.int(5, 120) * MINUTE, false);
  }

  private transfer(t: number, who: Served, spec: string, id: string): string {
    const kind = this.rng.weighted([[84, 60], [89, 25], [85, 10], [88, 5]] as const);
    if (kind === 84) {
      const to = this.otherSpecialist(spec);
      this.chat(84, t, who, spec, treatmentPayload.toSpecialist(spec, to), id);
      return to;
    }
    if (kind === 89) {
      const line = this.rng.pick(this.ownLines);
      this.chat(89, t, who, spec, treatmentPayload.toLine(spec, line, 'to'), id);
      return spec;
    }
    this.chat(85, t, who, spec, treatmentPayload.toVendor(spec, WELL_KNOWN.vendorPartner), id);
    if (kind === 88) this.chat(88, t + SECOND, who, null, treatmentPayload.vendorOffHours(spec, WELL_KNOWN.vendorPartner), id);
    return spec;
  }

  private call(t: number, who: Served, spec: string, treatmentId: string | null): number {
    const rng = this.rng;
    const fromUser = rng.chance(0.7);
    const [caller, callee] = fromUser ? [who.userId, spec] : [spec, who.userId];
    const outcome = rng.weighted([[22, 66], [23, 6], [24, 8], [25, 3], [26, 4], [36, 2], [27, 4], [29, 3], [28, 2], [30, 1], [31, 1]] as const);
    const duration = [22, 27, 28, 29].includes(outcome) ? rng.int(30, 900) : 0;
    const end = t + (duration + rng.int(5, 40)) * SECOND;
    if (end > this.now) return t;
    const id = rng.uuid();
    this.chat(rng.chance(0.8) ? 20 : 21, t, who, caller, callPayload.fromTo(caller, callee), treatmentId);
    const colleague = this.otherSpecialist(spec);
    const vendorSpec = rng.pick(this.vendorSpecialists);
    const vendor = WELL_KNOWN.vendorPartner;
    const payloads: Record<number, () => string> = {
      22: () => callPayload.finished(caller, callee, duration),
      23: () => callPayload.fromTo(caller, callee),
      24: () => callPayload.fromTo(caller, callee),
      25: () => callPayload.noFreeSpecialist(caller),
      26: () => callPayload.fromTo(caller, callee),
      36: () => callPayload.noAudio(caller, callee, callee),
      27: () => callPayload.reroutedToSpecialist(caller, callee, duration, colleague),
      29: () => callPayload.reroutedToColleague(caller, callee, colleague, duration),
      28: () => callPayload.reroutedToVendor(caller, callee, duration, vendor, vendorSpec),
      30: () => callPayload.fromTo(caller, callee),
      31: () => callPayload.reroutedToVendorUnanswered(caller, callee, vendor),
    };
    this.chat(outcome, end, who, null, payloads[outcome](), treatmentId);
    const success = duration > 0;
    if (success && rng.chance(0.5)) {
      this.chat(16, end + SECOND, who, null, callPayload.recordLink(`https://records.1c-connect.example/${id}.mp3`, id, rng.uuid()), treatmentId);
    }
    this.world.calls.push({
      id,
      client_id: who.clientId,
      service_user_id: who.userId,
      line_id: who.lineId,
      treatment_id: treatmentId,
      specialist_id: spec,
      call_time: this.stamp(t),
      caller_id: caller,
      callee_id: callee,
      result: success ? 1 : 2,
      duration,
    });
    const commentAt = end + rng.int(1, 10) * MINUTE;
    if (rng.chance(0.1) && commentAt <= this.now) {
      this.world.call_comments.push({ id: rng.uuid(), call_id: id, comment_time: this.stamp(commentAt), author: spec, comment: rng.pick(CALL_COMMENTS) });
    }
    return end;
  }

  private remoteAccess(t: number, who: Served, spec: string, treatmentId: string | null): number {
    const rng = this.rng;
    const outcome = rng.weighted([[53, 52], [52, 28], [54, 4], [55, 4], [56, 4], [57, 3], [59, 3], [60, 2]] as const);
    const ok = outcome === 52 || outcome === 53;
    const duration = ok ? rng.int(120, 2400) : 0;
    const end = t + (duration + rng.int(10, 60)) * SECOND;
    if (end > this.now) return t;
    const files = outcome === 52
      ? { uploadCount: rng.int(0, 3), downloadCount: rng.int(1, 4), uploadSize: 0, downloadSize: 0 }
      : { uploadCount: 0, downloadCount: 0, uploadSize: 0, downloadSize: 0 };
    files.uploadSize = files.uploadCount * rng.int(2_000, 3_000_000);
    files.downloadSize = files.downloadCount * rng.int(2_000, 3_000_000);
    const id = rng.uuid();
    this.chat(rng.chance(0.85) ? 50 : 51, t, who, spec, remoteAccessPayload.fromTo(spec, who.userId), treatmentId);
    const payload =
      outcome === 52 ? remoteAccessPayload.endedWithFiles(spec, who.userId, duration, files)
      : outcome === 53 ? remoteAccessPayload.ended(spec, who.userId, duration)
      : remoteAccessPayload.fromTo(spec, who.userId);
    this.chat(outcome, end, who, null, payload, treatmentId);
    this.world.ra_sessions.push({
      id,
      client_id: who.clientId,
      service_user_id: who.userId,
      line_id: who.lineId,
      treatment_id: treatmentId,
      admin_agent_id: spec,
      host_agent_id: who.userId,
      noip_host: rng.pick(RA_HOSTS),
      result: ok ? 1 : 0,
      admin_ip: ok ? this.device(spec, true).ipv4 : '',
      host_ip: ok ? this.device(who.userId, false).ipv4 : '',
      start_time: this.stamp(t),
      duration,
      files_upload_count: files.uploadCount,
      files_upload_size: files.uploadSize,
      files_download_count: files.downloadCount,
      files_download_size: files.downloadSize,
    });
    const commentAt = end + rng.int(1, 15) * MINUTE;
    if (ok && rng.chance(0.12) && commentAt <= this.now) {
      this.world.ra_comments.push({ id: rng.uuid(), ra_session_id: id, comment_time: this.stamp(commentAt), author: spec, comment: rng.pick(RA_COMMENTS) });
    }
    return end;
  }

  private file(t: number, who: Served, source: string, treatmentId: string): number {
    if (t > this.now) return t;
    const rng = this.rng;
    const stamp = this.stamp(t);
    const generated = generateFile(rng, stamp);
    const transferId = rng.uuid();
    const fileId = createHash('sha256').update(`seeded file ${transferId}`).digest('base64url');
    const age = this.now - t;
    const status = age > 30 * DAY ? rng.weighted([['EXPIRED', 85], ['DELETED', 10], ['DOWNLOADED', 5]] as const) : rng.chance(0.04) ? 'DELETED' : 'DOWNLOADED';
    this.world.files.push({ id: fileId, name: generated.name, md5: md5Hex(generated.content), size: generated.content.length, content: generated.content, created_at: stamp });
    this.world.file_transfers.push({
      id: transferId,
      file_id: fileId,
      status,
      owner_user_id: who.userId,
      line_id: who.lineId,
      source_agent_id: source,
      uploaded_at: stamp,
      file_name: generated.name,
    });
    this.chat(70, t, who, source, filePayload(source, generated.name, generated.content.length), treatmentId);
    return t + SECOND;
  }

  // ---- outside treatments ----

  private specialistDay(spec: string, day: number): void {
    const rng = this.rng;
    if (rng.chance(0.1)) return;
    const start = day + WORK_START_HOUR * HOUR + rng.int(-20, 20) * MINUTE;
    this.session(spec, null, start, day + WORK_END_HOUR * HOUR + rng.int(-15, 40) * MINUTE, true);
    const sipCalls = rng.int(0, 4 * this.scale);
    for (let i = 0; i < sipCalls; i++) {
      const at = start + rng.int(10, 500) * MINUTE;
      if (at > this.now) continue;
      const result = rng.weighted([[0, 75], [1, 10], [2, 15]] as const);
      this.world.sip_calls.push({
        id: rng.uuid(),
        specialist_id: spec,
        start_time: this.stamp(at),
        call_number: this.kit.phone().replace(/[ -]/g, ''),
        direction: rng.chance(0.55) ? 1 : 0,
        result,
        duration: result === 0 ? rng.int(20, 1200) : 0,
      });
    }
  }

  private colleagueChats(day: number): void {
    const rng = this.rng;
    const conversations = rng.int(2, 5) * this.scale;
    for (let c = 0; c < conversations; c++) {
      const a = rng.pick(this.specialists);
      const b = this.otherSpecialist(a);
      let t = day + WORK_START_HOUR * HOUR + rng.int(0, 8 * 60) * MINUTE;
      const count = rng.int(2, 6);
      for (let i = 0; i < count && t <= this.now; i++) {
        const [author, recipient] = i % 2 === 0 ? [a, b] : [b, a];
        this.world.colleague_messages.push({ id: rng.uuid(), author_id: author, recipient_id: recipient, message_time: this.stamp(t), text: rng.pick(COLLEAGUE_MESSAGES) });
        t += rng.int(10, 300) * SECOND;
      }
    }
  }

  private extraUserSessions(day: number, weekday: boolean): void {
    const rng = this.rng;
    const count = Math.round((weekday ? 12 : 2) * this.scale * (0.5 + rng.next()));
    for (let i = 0; i < count; i++) {
      const who = rng.pick(this.served);
      const key = `${who.userId}:${day}`;
      if (this.sessionCovered.has(key)) continue;
      this.sessionCovered.add(key);
      const start = day + (WORK_START_HOUR - 1) * HOUR + rng.int(0, 9 * 60) * MINUTE;
      this.session(who.userId, who.clientId, start, start + rng.int(10, 300) * MINUTE, false);
    }
  }

  private businessContact(day: number): void {
    const rng = this.rng;
    const who = rng.pick(this.served);
    const contact = rng.chance(0.5) ? rng.pick(this.specialists) : rng.pick(this.served).userId;
    let t = day + rng.int(WORK_START_HOUR * 60, WORK_END_HOUR * 60) * MINUTE;
    this.chat(100, t, who, who.userId, businessContactPayload(who.userId, contact), null);
    t += rng.int(5, 600) * MINUTE;
    const answer = rng.weighted([[103, 70], [101, 15], [102, 15]] as const);
    this.chat(answer, t, who, answer === 101 ? who.userId : contact, businessContactPayload(who.userId, contact), null);
    if (answer === 103 && rng.chance(0.25)) {
      this.chat(104, t + rng.int(1, 20) * DAY, who, who.userId, businessContactPayload(who.userId, contact), null);
    }
    if (rng.chance(0.15)) this.chat(38, t + HOUR, who, null, callPayload.lineUnavailable(who.userId), null);
    if (rng.chance(0.25)) {
      const spec = rng.pick(this.specialists);
      const colleague = this.otherSpecialist(spec);
      const at = day + rng.int(WORK_START_HOUR * 60, WORK_END_HOUR * 60) * MINUTE;
      const colleagueAsUser: Served = { userId: colleague, clientId: '', lineId: who.lineId };
      this.chatColleagueRa(at, colleagueAsUser, spec);
    }
  }

  /** Type 58: a specialist connects to a colleague's desktop; the colleague is the one served. */
  private chatColleagueRa(t: number, colleague: Served, spec: string): void {
    if (t > this.now) return;
    this.world.chat_messages.push({
      id: this.rng.uuid(),
      message_type: 58,
      service_user_id: colleague.userId,
      client_id: null,
      line_id: colleague.lineId,
      author_id: spec,
      message: remoteAccessPayload.fromTo(spec, colleague.userId),
      message_time: this.stamp(t),
      treatment_id: null,
    });
  }
}
