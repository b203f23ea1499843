import { RA_COMMENTS } from '../../../seed/support-phrases.js';
import { remoteAccessPayload } from '../../activity/chat-payloads/remote-access.js';
import type { ActivityContext, Served } from './activity-context.js';
import { MINUTE, SECOND } from './work-calendar.js';

const RA_HOSTS = ['ra-msk-1.1c-connect.example', 'ra-msk-2.1c-connect.example', 'ra-spb-1.1c-connect.example'];

/** A remote-access session within a treatment: chat events 50/51 then 52–60, the session row, maybe a comment. */
export function simulateRemoteAccess(ctx: ActivityContext, t: number, who: Served, spec: string, treatmentId: string | null): number {
  const rng = ctx.rng;
  const outcome = rng.weighted([[53, 52], [52, 28], [54, 4], [55, 4], [56, 4], [57, 3], [59, 3], [60, 2]] as const);
  const ok = outcome === 52 || outcome === 53;
  const duration = ok ? rng.int(120, 2400) : 0;
  const end = t + (duration + rng.int(10, 60)) * SECOND;
  if (end > ctx.now) return t;
  const files = outcome === 52
    ? { uploadCount: rng.int(0, 3), downloadCount: rng.int(1, 4), uploadSize: 0, downloadSize: 0 }
    : { uploadCount: 0, downloadCount: 0, uploadSize: 0, downloadSize: 0 };
  files.uploadSize = files.uploadCount * rng.int(2_000, 3_000_000);
  files.downloadSize = files.downloadCount * rng.int(2_000, 3_000_000);
  const id = rng.uuid();
  ctx.chat(rng.chance(0.85) ? 50 : 51, t, who, spec, remoteAccessPayload.fromTo(spec, who.userId), treatmentId);
  const payload =
    outcome === 52 ? remoteAccessPayload.endedWithFiles(spec, who.userId, duration, files)
    : outcome === 53 ? remoteAccessPayload.ended(spec, who.userId, duration)
    : remoteAccessPayload.fromTo(spec, who.userId);
  ctx.chat(outcome, end, who, null, payload, treatmentId);
  ctx.world.ra_sessions.push({
    id,
    client_id: who.clientId,
    service_user_id: who.userId,
    line_id: who.lineId,
    treatment_id: treatmentId,
    admin_agent_id: spec,
    host_agent_id: who.userId,
    noip_host: rng.pick(RA_HOSTS),
    result: ok ? 1 : 0,
    admin_ip: ok ? ctx.device(spec, true).ipv4 : '',
    host_ip: ok ? ctx.device(who.userId, false).ipv4 : '',
    start_time: ctx.stamp(t),
    duration,
    files_upload_count: files.uploadCount,
    files_upload_size: files.uploadSize,
    files_download_count: files.downloadCount,
    files_download_size: files.downloadSize,
  });
  const commentAt = end + rng.int(1, 15) * MINUTE;
  if (ok && rng.chance(0.12) && commentAt <= ctx.now) {
    ctx.world.ra_comments.push({ id: rng.uuid(), ra_session_id: id, comment_time: ctx.stamp(commentAt), author: spec, comment: rng.pick(RA_COMMENTS) });
  }
  return end;
}
