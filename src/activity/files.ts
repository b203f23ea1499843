import { createHash, randomUUID } from 'node:crypto';
import type { CallContext } from '../pipeline/call-context.js';
import type { Db } from '../store/database.js';
import { stmt } from '../store/statements.js';
import { toStoreTimestamp } from '../time/account-dates.js';

/** Where a transferred file is downloaded from (spec 3.73 DownloadLink); the route is authenticated like the API. */
export const DOWNLOAD_PATH = '/cus/files';

export function md5Hex(content: Buffer): string {
  return createHash('md5').update(content).digest('hex');
}

/**
 * Stores uploaded bytes (BotAPI AddFile, spec 5.8) and returns the FileID: 43 characters, base64url
 * of a SHA-256 digest of the account, the time, the name, the content and a random part.
 */
export function storeFile(db: Db, account: string, now: Date, name: string, content: Buffer): string {
  const md5 = md5Hex(content);
  const fileId = createHash('sha256').update(`${account}\n${now.toISOString()}\n${name}\n${md5}\n${randomUUID()}`).digest('base64url');
  stmt(db, 'INSERT INTO files (account, id, name, md5, size, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    account,
    fileId,
    name,
    md5,
    content.length,
    content,
    toStoreTimestamp(now),
  );
  return fileId;
}

export interface FileTransfer {
  /** The stored bytes (files.id). */
  fileId: string;
  /** Who receives support on the line (OwnerUserID). */
  ownerUserId: string;
  lineId: string;
  /** Who published the file (SourceAgentID). */
  sourceAgentId: string | null;
  fileName: string;
  at?: Date;
  status?: 'DOWNLOADED' | 'EXPIRED' | 'DELETED';
}

/** A file published on a support line (spec 3.73); returns the transfer's id (its FileID in GetHistoryOfServiceFileTransfer). */
export function recordFileTransfer(ctx: CallContext, t: FileTransfer): string {
  const id = randomUUID();
  stmt(
    ctx.db,
    `INSERT INTO file_transfers (account, id, file_id, status, owner_user_id, line_id, source_agent_id, uploaded_at, file_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(ctx.account.login, id, t.fileId, t.status ?? 'DOWNLOADED', t.ownerUserId, t.lineId, t.sourceAgentId, toStoreTimestamp(t.at ?? ctx.now), t.fileName);
  return id;
}

/** The download link of a transfer, on the server the call came to. */
export function downloadLink(ctx: CallContext, transferId: string): string {
  return `${ctx.baseUrl}${DOWNLOAD_PATH}/${transferId}`;
}
