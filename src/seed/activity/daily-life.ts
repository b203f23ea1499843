import { COLLEAGUE_MESSAGES } from '../../../seed/support-phrases.js';
import { businessContactPayload } from '../../activity/chat-payloads/business-contacts.js';
import { callPayload } from '../../activity/chat-payloads/calls.js';
import { remoteAccessPayload } from '../../activity/chat-payloads/remote-access.js';
import type { ActivityContext, Served } from './activity-context.js';
import { DAY, HOUR, MINUTE, SECOND, WORK_END_HOUR, WORK_START_HOUR } from './work-calendar.js';

/** What happens besides treatments: specialists' working days and softphone calls, colleagues' chats, users' sessions, business contacts. */
export function simulateSpecialistDay(ctx: ActivityContext, spec: string, day: number): void {
  const rng = ctx.rng;
  if (rng.chance(0.1) && !ctx.worked(spec, day)) return;
  const start = day + WORK_START_HOUR * HOUR + rng.int(-20, 20) * MINUTE;
  ctx.session(spec, null, start, day + WORK_END_HOUR * HOUR + rng.int(-15, 40) * MINUTE, true);
  const sipCalls = rng.int(0, 4 * ctx.scale);
  for (let i = 0; i < sipCalls; i++) {
    const at = start + rng.int(10, 500) * MINUTE;
    if (at > ctx.now) continue;
    const result = rng.weighted([[0, 75], [1, 10], [2, 15]] as const);
    ctx.world.sip_calls.push({
      id: rng.uuid(),
      specialist_id: spec,
      start_time: ctx.stamp(at),
      call_number: ctx.kit.phone().replace(/[ -]/g, ''),
      direction: rng.chance(0.55) ? 1 : 0,
      result,
      duration: result === 0 ? rng.int(20, 1200) : 0,
    });
  }
}

export function simulateColleagueChats(ctx: ActivityContext, day: number): void {
  const rng = ctx.rng;
  const conversations = rng.int(2, 5) * ctx.scale;
  for (let c = 0; c < conversations; c++) {
    const a = rng.pick(ctx.specialists);
    const b = ctx.otherSpecialist(a);
    let t = day + WORK_START_HOUR * HOUR + rng.int(0, 8 * 60) * MINUTE;
    const count = rng.int(2, 6);
    for (let i = 0; i < count && t <= ctx.now; i++) {
      const [author, recipient] = i % 2 === 0 ? [a, b] : [b, a];
      ctx.world.colleague_messages.push({ id: rng.uuid(), author_id: author, recipient_id: recipient, message_time: ctx.stamp(t), text: rng.pick(COLLEAGUE_MESSAGES) });
      t += rng.int(10, 300) * SECOND;
    }
  }
}

export function simulateUserSessions(ctx: ActivityContext, day: number, weekday: boolean): void {
  const rng = ctx.rng;
  const count = Math.round((weekday ? 12 : 2) * ctx.scale * (0.5 + rng.next()));
  for (let i = 0; i < count; i++) {
    const who = rng.pick(ctx.served);
    if (ctx.hasUserSession(who.userId, day)) continue;
    const start = day + (WORK_START_HOUR - 1) * HOUR + rng.int(0, 9 * 60) * MINUTE;
    ctx.userSession(who, day, start, start + rng.int(10, 300) * MINUTE);
  }
}

export function simulateBusinessContact(ctx: ActivityContext, day: number): void {
  const rng = ctx.rng;
  const who = rng.pick(ctx.served);
  const contact = rng.chance(0.5) ? rng.pick(ctx.specialists) : rng.pick(ctx.served).userId;
  let t = day + rng.int(WORK_START_HOUR * 60, WORK_END_HOUR * 60) * MINUTE;
  ctx.chat(100, t, who, who.userId, businessContactPayload(who.userId, contact), null);
  t += rng.int(5, 600) * MINUTE;
  const answer = rng.weighted([[103, 70], [101, 15], [102, 15]] as const);
  ctx.chat(answer, t, who, answer === 101 ? who.userId : contact, businessContactPayload(who.userId, contact), null);
  if (answer === 103 && rng.chance(0.25)) {
    ctx.chat(104, t + rng.int(1, 20) * DAY, who, who.userId, businessContactPayload(who.userId, contact), null);
  }
  if (rng.chance(0.15)) ctx.chat(38, t + HOUR, who, null, callPayload.lineUnavailable(who.userId), null);
  if (rng.chance(0.25)) {
    const spec = rng.pick(ctx.specialists);
    const colleague = ctx.otherSpecialist(spec);
    const at = day + rng.int(WORK_START_HOUR * 60, WORK_END_HOUR * 60) * MINUTE;
    const colleagueAsUser: Served = { userId: colleague, clientId: '', lineId: who.lineId };
    colleagueRemoteAccess(ctx, at, colleagueAsUser, spec);
  }
}

/** Type 58: a specialist connects to a colleague's desktop; the colleague is the one served. */

export function colleagueRemoteAccess(ctx: ActivityContext, t: number, colleague: Served, spec: string): void {
  if (t > ctx.now) return;
  ctx.world.chat_messages.push({
    id: ctx.rng.uuid(),
    message_type: 58,
    service_user_id: colleague.userId,
    client_id: null,
    line_id: colleague.lineId,
    author_id: spec,
    message: remoteAccessPayload.fromTo(spec, colleague.userId),
    message_time: ctx.stamp(t),
    treatment_id: null,
  });
}
