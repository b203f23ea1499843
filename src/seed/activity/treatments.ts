import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { SPECIALIST_REPLIES, TREATMENT_COMMENTS, USER_FOLLOW_UPS, USER_QUESTIONS } from '../../../seed/support-phrases.js';
import { TEXT_MESSAGE } from '../../activity/chat-payloads/index.js';
import { treatmentPayload } from '../../activity/chat-payloads/treatments.js';
import type { ActivityContext, Served } from './activity-context.js';
import { simulateCall } from './calls.js';
import { simulateFileTransfer } from './file-transfers.js';
import { simulateRemoteAccess } from './remote-access.js';
import { DAY, HOUR, isWorkingTime, MINUTE, nextWorkingStart, SECOND, WORK_END_HOUR, WORK_START_HOUR } from './work-calendar.js';

/** One treatment (обращение) from its start to its close, with its chat, and maybe a call, remote access, a file. */
export function simulateTreatment(ctx: ActivityContext, day: number, weekday: boolean): void {
  const rng = ctx.rng;
  const who = rng.pick(ctx.served);
  const offHours = !weekday || rng.chance(0.06);
  const init = offHours
    ? day + rng.int(0, DAY / SECOND - 1) * SECOND
    : day + WORK_START_HOUR * HOUR + rng.int(0, ((WORK_END_HOUR - WORK_START_HOUR) * HOUR) / SECOND - 1) * SECOND;
  if (init > ctx.now) return;
  const id = rng.uuid();
  let spec = rng.pick(ctx.specialists);
  // Specialists start treatments themselves only in working hours.
  const byUser = offHours || rng.chance(0.88);
  ctx.chat(byUser ? 80 : 81, init, who, byUser ? who.userId : spec, treatmentPayload.agent(byUser ? who.userId : spec), id);
  let t = init + SECOND;
  let queueWait = 0;
  let queueLength = 0;
  if (byUser && !isWorkingTime(init)) {
    ctx.chat(87, t, who, null, treatmentPayload.agent(who.userId), id);
    queueWait = Math.round((nextWorkingStart(init) - init) / SECOND) + rng.int(60, 1800);
    queueLength = rng.int(0, 8);
  } else if (byUser && rng.chance(0.55)) {
    queueLength = rng.int(1, 6);
    queueWait = rng.int(10, 120) * queueLength;
    ctx.chat(83, t, who, null, treatmentPayload.agent(who.userId), id);
  }
  if (byUser) ctx.chat(TEXT_MESSAGE, init + 2 * SECOND, who, who.userId, rng.pick(USER_QUESTIONS), id);
  const appointed = init + queueWait * SECOND;
  if (queueWait > 0) ctx.chat(86, appointed, who, null, treatmentPayload.agent(spec), id);
  const reaction = appointed + rng.int(5, 90) * SECOND;
  t = reaction;
  ctx.chat(TEXT_MESSAGE, t, who, spec, rng.pick(SPECIALIST_REPLIES), id);

  const exchanges = rng.int(1, 4);
  for (let i = 0; i < exchanges; i++) {
    t += rng.int(30, 400) * SECOND;
    ctx.chat(TEXT_MESSAGE, t, who, who.userId, rng.pick(USER_FOLLOW_UPS), id);
    t += rng.int(30, 400) * SECOND;
    ctx.chat(TEXT_MESSAGE, t, who, spec, rng.pick(SPECIALIST_REPLIES), id);
  }
  if (rng.chance(0.06)) {
    t += rng.int(60, 300) * SECOND;
    spec = transferTreatment(ctx, t, who, spec, id);
  }
  if (rng.chance(0.25)) t = simulateCall(ctx, t + rng.int(30, 300) * SECOND, who, spec, id);
  if (rng.chance(0.18)) t = simulateRemoteAccess(ctx, t + rng.int(30, 300) * SECOND, who, spec, id);
  if (rng.chance(0.12)) t = simulateFileTransfer(ctx, t + rng.int(30, 300) * SECOND, who, rng.chance(0.7) ? who.userId : spec, id);

  // Some treatments stay open for days (a problem handed to the programmers), so "now" always has open ones.
  const longRunning = rng.chance(0.05);
  let closed = longRunning ? t + rng.int(1, 6) * DAY : t + rng.int(60, 600) * SECOND;
  const closing = rng.weighted([[82, 960], [90, 25], [91, 5], [92, 5], [93, 5]] as const);
  if (closing === 90) closed += 2 * HOUR;
  ctx.chat(closing, closed, who, closing === 82 ? spec : null, treatmentPayload.agent(closing === 82 ? spec : who.userId), id);

  const isClosed = closed <= ctx.now;
  const assigned = appointed <= ctx.now;
  const quality = isClosed ? rng.weighted([[0, 40], [5, 36], [4, 15], [3, 5], [2, 2], [1, 2]] as const) : 0;
  ctx.world.treatments.push({
    id,
    client_id: who.clientId,
    service_user_id: who.userId,
    line_id: who.lineId,
    initialized: ctx.stamp(init),
    spec_appointed: assigned ? ctx.stamp(appointed) : null,
    queue_waiting_time: assigned && queueWait > 0 ? queueWait : null,
    queue_length: queueLength,
    specialist_id: assigned ? spec : null,
    reaction_started: reaction <= ctx.now ? ctx.stamp(reaction) : null,
    closed: isClosed ? ctx.stamp(closed) : null,
    duration: isClosed ? Math.round((closed - init) / SECOND) : null,
    quality,
  });
  const commentAt = closed + rng.int(1, 30) * MINUTE;
  if (quality > 0 && commentAt <= ctx.now && rng.chance(quality <= 3 ? 0.7 : 0.15)) {
    ctx.world.treatment_comments.push({ id: rng.uuid(), treatment_id: id, comment_time: ctx.stamp(commentAt), author_id: who.userId, comment: rng.pick(TREATMENT_COMMENTS) });
  }
  ctx.coverWithSession(who, init, Math.min(closed, init + 8 * HOUR));
  ctx.workedOn(spec, appointed);
}

/** The user was signed in while the treatment went on (one session per user and day). */

export function transferTreatment(ctx: ActivityContext, t: number, who: Served, spec: string, id: string): string {
  const kind = ctx.rng.weighted([[84, 60], [89, 25], [85, 10], [88, 5]] as const);
  if (kind === 84) {
    const to = ctx.otherSpecialist(spec);
    ctx.chat(84, t, who, spec, treatmentPayload.toSpecialist(spec, to), id);
    return to;
  }
  if (kind === 89) {
    const line = ctx.rng.pick(ctx.ownLines);
    ctx.chat(89, t, who, spec, treatmentPayload.toLine(spec, line, 'to'), id);
    return spec;
  }
  ctx.chat(85, t, who, spec, treatmentPayload.toVendor(spec, WELL_KNOWN.vendorPartner), id);
  if (kind === 88) ctx.chat(88, t + SECOND, who, null, treatmentPayload.vendorOffHours(spec, WELL_KNOWN.vendorPartner), id);
  return spec;
}
