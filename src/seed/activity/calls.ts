import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { CALL_COMMENTS } from '../../../seed/support-phrases.js';
import { callPayload } from '../../activity/chat-payloads/calls.js';
import type { ActivityContext, Served } from './activity-context.js';
import { MINUTE, SECOND } from './work-calendar.js';

/** A call on the line within a treatment: its chat events (20/21, then 22–31/36, 16), the call row, maybe a comment. */
export function simulateCall(ctx: ActivityContext, t: number, who: Served, spec: string, treatmentId: string | null): number {
  const rng = ctx.rng;
  const fromUser = rng.chance(0.7);
  const [caller, callee] = fromUser ? [who.userId, spec] : [spec, who.userId];
  const outcome = rng.weighted([[22, 66], [23, 6], [24, 8], [25, 3], [26, 4], [36, 2], [27, 4], [29, 3], [28, 2], [30, 1], [31, 1]] as const);
  const duration = [22, 27, 28, 29].includes(outcome) ? rng.int(30, 900) : 0;
  const end = t + (duration + rng.int(5, 40)) * SECOND;
  if (end > ctx.now) return t;
  const id = rng.uuid();
  ctx.chat(rng.chance(0.8) ? 20 : 21, t, who, caller, callPayload.fromTo(caller, callee), treatmentId);
  const colleague = ctx.otherSpecialist(spec);
  const vendorSpec = rng.pick(ctx.vendorSpecialists);
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
  ctx.chat(outcome, end, who, null, payloads[outcome](), treatmentId);
  const success = duration > 0;
  if (success && rng.chance(0.5)) {
    ctx.chat(16, end + SECOND, who, null, callPayload.recordLink(`https://records.1c-connect.example/${id}.mp3`, id, rng.uuid()), treatmentId);
  }
  ctx.world.calls.push({
    id,
    client_id: who.clientId,
    service_user_id: who.userId,
    line_id: who.lineId,
    treatment_id: treatmentId,
    specialist_id: spec,
    call_time: ctx.stamp(t),
    caller_id: caller,
    callee_id: callee,
    result: success ? 1 : 2,
    duration,
  });
  const commentAt = end + rng.int(1, 10) * MINUTE;
  if (rng.chance(0.1) && commentAt <= ctx.now) {
    ctx.world.call_comments.push({ id: rng.uuid(), call_id: id, comment_time: ctx.stamp(commentAt), author: spec, comment: rng.pick(CALL_COMMENTS) });
  }
  return end;
}
