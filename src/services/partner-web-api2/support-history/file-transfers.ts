import { downloadLink } from '../../../activity/files.js';
import type { CallContext, Params } from '../../../pipeline/call-context.js';
import { readHistory, type HistorySource } from './history-query.js';

const FILE_TRANSFERS: HistorySource = {
  select: `SELECT t.id AS FileID, t.status AS Status, t.owner_user_id AS OwnerUserID, t.line_id AS ServiceID, t.source_agent_id AS SourceAgentID,
    t.uploaded_at AS UploadedAt, t.file_name AS FileName, f.size AS FileSize, f.md5 AS FileCheckSumMD5
    FROM file_transfers t JOIN files f ON f.account = t.account AND f.id = t.file_id WHERE t.account = ?`,
  time: 't.uploaded_at',
  filters: { OwnerUserID: 't.owner_user_id', ServiceID: 't.line_id' },
  orderBy: 't.uploaded_at, t.id',
};

/** Spec 3.73: files passed on the lines with a link the mock serves (GET /cus/files/:id, the exact bytes). */
export function readFileTransfers(ctx: CallContext, p: Params): Record<string, unknown>[] {
  return readHistory(ctx, p, FILE_TRANSFERS).map((row) => ({
    ...row,
    FileExtension: extension(String(row.FileName)),
    DownloadLink: downloadLink(ctx, String(row.FileID)),
  }));
}

/** The extension with its dot, as 1C's File.Extension gives it ("" when the name has none). */
function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).slice(0, 7) : '';
}
