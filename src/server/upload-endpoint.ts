import Busboy from 'busboy';
import type { RequestHandler, Response } from 'express';
import type { Account } from '../pipeline/call-context.js';
import type { MockRuntime } from '../runtime.js';
import { md5Hex, storeFile } from '../activity/files.js';

interface Upload {
  fields: Record<string, string>;
  file?: Buffer;
  tooLarge: boolean;
}

/**
 * The HTTP upload of BotAPI AddFile (spec 5.8): multipart fields checksum (MD5 hex), file_name and
 * the file in payload. Answers {"FileID": "…"}: 43 characters, base64url of a SHA-256 digest.
 */
export function uploadEndpoint(runtime: MockRuntime): RequestHandler {
  return (req, res) => {
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({ headers: req.headers, limits: { fileSize: runtime.options.maxBodyBytes, files: 1 } });
    } catch {
      badRequest(res, 'ожидается multipart/form-data с полями checksum, file_name и payload');
      return;
    }
    const upload: Upload = { fields: {}, tooLarge: false };
    busboy.on('field', (name, value) => (upload.fields[name] = value));
    busboy.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => (upload.tooLarge = true));
      stream.on('end', () => name === 'payload' && (upload.file = Buffer.concat(chunks)));
    });
    busboy.on('error', () => badRequest(res, 'multipart/form-data не разобран'));
    busboy.on('close', () => finish(runtime, res.locals.account as Account, upload, res));
    req.pipe(busboy);
  };
}

function finish(runtime: MockRuntime, account: Account, upload: Upload, res: Response): void {
  if (res.headersSent) return;
  if (upload.tooLarge) {
    res.status(413).json({ error: `файл больше ${runtime.options.maxBodyBytes} байт` });
    return;
  }
  const { checksum, file_name: fileName } = upload.fields;
  for (const [name, value] of [['checksum', checksum], ['file_name', fileName]] as const) {
    if (!value) return badRequest(res, `не указано поле ${name}`);
  }
  if (!upload.file || upload.file.length === 0) return badRequest(res, 'не передан файл в поле payload');
  const md5 = md5Hex(upload.file);
  if (md5 !== checksum.trim().toLowerCase()) return badRequest(res, `checksum не совпадает с MD5 файла (${md5})`);
  res.json({ FileID: storeFile(runtime.db, account.login, runtime.clocks.now(account.login), fileName, upload.file) });
}

function badRequest(res: Response, message: string): void {
  if (!res.headersSent) res.status(400).json({ error: message });
}
