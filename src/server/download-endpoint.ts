import type { RequestHandler } from 'express';
import type { Account } from '../pipeline/call-context.js';
import type { MockRuntime } from '../runtime.js';
import { stmt } from '../store/statements.js';

interface Download {
  status: string;
  file_name: string;
  content: Buffer;
}

/** GET of a DownloadLink (spec 3.73): the exact bytes of a transferred file, for the account it belongs to. */
export function downloadEndpoint(runtime: MockRuntime): RequestHandler {
  return (req, res) => {
    const account = res.locals.account as Account;
    const row = stmt(
      runtime.db,
      `SELECT t.status, t.file_name, f.content FROM file_transfers t JOIN files f ON f.account = t.account AND f.id = t.file_id
       WHERE t.account = ? AND t.id = ?`,
    ).get(account.login, String(req.params.transferId)) as Download | undefined;
    if (!row) {
      res.status(404).type('text/plain; charset=utf-8').send('1c-connect-mock: файл не найден\n');
      return;
    }
    if (row.status !== 'DOWNLOADED') {
      res.status(410).type('text/plain; charset=utf-8').send(`1c-connect-mock: файл недоступен (${row.status})\n`);
      return;
    }
    res.type('application/octet-stream');
    res.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`);
    res.send(row.content);
  };
}
