import { createHash } from 'node:crypto';
import { filePayload } from '../../activity/chat-payloads/files.js';
import { md5Hex } from '../../activity/files.js';
import type { ActivityContext, Served } from './activity-context.js';
import { generateFile } from './file-contents.js';
import { DAY, SECOND } from './work-calendar.js';

/** A file passed in the chat (type 70): its bytes, its transfer (older ones expired) and the message. */
export function simulateFileTransfer(ctx: ActivityContext, t: number, who: Served, source: string, treatmentId: string): number {
  if (t > ctx.now) return t;
  const rng = ctx.rng;
  const stamp = ctx.stamp(t);
  const generated = generateFile(rng, stamp);
  const transferId = rng.uuid();
  const fileId = createHash('sha256').update(`seeded file ${transferId}`).digest('base64url');
  const age = ctx.now - t;
  const status = age > 30 * DAY ? rng.weighted([['EXPIRED', 85], ['DELETED', 10], ['DOWNLOADED', 5]] as const) : rng.chance(0.04) ? 'DELETED' : 'DOWNLOADED';
  ctx.world.files.push({ id: fileId, name: generated.name, md5: md5Hex(generated.content), size: generated.content.length, content: generated.content, created_at: stamp });
  ctx.world.file_transfers.push({
    id: transferId,
    file_id: fileId,
    status,
    owner_user_id: who.userId,
    line_id: who.lineId,
    source_agent_id: source,
    uploaded_at: stamp,
    file_name: generated.name,
  });
  ctx.chat(70, t, who, source, filePayload(source, generated.name, generated.content.length), treatmentId);
  return t + SECOND;
}
