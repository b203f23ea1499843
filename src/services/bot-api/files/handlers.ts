import { postChatMessage } from '../../../activity/chat.js';
import { filePayload } from '../../../activity/chat-payloads/files.js';
import { downloadLink, recordFileTransfer, storeFile } from '../../../activity/files.js';
import { recordOutbox } from '../../../activity/outbox.js';
import type { Handler } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';
import { clientOf } from '../recipients.js';

export const FILE_HANDLERS: Record<string, Handler> = {
  AddFile: (ctx, p) => ({ FileID: storeFile(ctx.db, ctx.account.login, ctx.now, p.file_name as string, p.payload as Buffer) }),

  SendFile: (ctx, p) => {
    const consumerId = p.ConsumerID as string;
    const lineId = p.SupportLineID as string;
    const fileId = p.FileID as string;
    const fileName = p['ИмяФайла'] as string;
    const { size } = stmt(ctx.db, 'SELECT size FROM files WHERE account = ? AND id = ?').get(ctx.account.login, fileId) as { size: number };
    const transferId = recordFileTransfer(ctx, { fileId, ownerUserId: consumerId, lineId, sourceAgentId: null, fileName });
    const message = filePayload(ctx.account.partnerId, fileName, size);
    postChatMessage(ctx, { messageType: 70, serviceUserId: consumerId, clientId: clientOf(ctx, consumerId), lineId, authorId: null, message });
    recordOutbox(ctx, 'SendFile', {
      kind: 'chat-file',
      recipient: consumerId,
      summary: fileName,
      details: { transferId, fileId, supportLineId: lineId, infobaseId: p.InfobaseID, downloadLink: downloadLink(ctx, transferId) },
    });
  },
};
