import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AUTH, startMock, type RunningMock } from '../support/mock-server.js';

const FILE = Buffer.from('Акт сверки за февраль 2024\n', 'utf8');
const MD5 = createHash('md5').update(FILE).digest('hex');

interface StoredFile {
  account: string;
  name: string;
  md5: string;
  size: number;
  content: Buffer;
}

let mock: RunningMock;
let uploadUrl: string;
beforeAll(async () => {
  mock = await startMock();
  uploadUrl = `${mock.url}/partner/api/upload/private/work`;
});
afterAll(() => mock.close());

function form(fields: { checksum?: string; file_name?: string; payload?: Buffer }): FormData {
  const data = new FormData();
  if (fields.checksum !== undefined) data.append('checksum', fields.checksum);
  if (fields.file_name !== undefined) data.append('file_name', fields.file_name);
  if (fields.payload !== undefined) data.append('payload', new Blob([fields.payload]), 'upload.bin');
  return data;
}

async function upload(body: FormData, headers: Record<string, string> = { Authorization: DEMO_AUTH }) {
  const res = await fetch(uploadUrl, { method: 'POST', headers, body });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

function storedFile(id: string): StoredFile | undefined {
  return mock.runtime.db.prepare('SELECT account, name, md5, size, content FROM files WHERE id = ?').get(id) as StoredFile | undefined;
}

describe('POST /partner/api/upload/private/work', () => {
  it('answers 200 with a 43-character base64url FileID', async () => {
    const res = await upload(form({ checksum: MD5, file_name: 'akt.txt', payload: FILE }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Object.keys(res.json)).toEqual(['FileID']);
    expect(res.json.FileID).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("stores the file in the caller's files", async () => {
    const { json } = await upload(form({ checksum: MD5, file_name: 'akt.txt', payload: FILE }));
    const row = storedFile(String(json.FileID));
    expect(row).toEqual({ account: 'demo', name: 'akt.txt', md5: MD5, size: FILE.length, content: FILE });
  });

  it('gives each upload of the same file its own FileID', async () => {
    const first = await upload(form({ checksum: MD5, file_name: 'akt.txt', payload: FILE }));
    const second = await upload(form({ checksum: MD5, file_name: 'akt.txt', payload: FILE }));
    expect(first.json.FileID).not.toBe(second.json.FileID);
  });

  it('accepts the checksum in upper case', async () => {
    const res = await upload(form({ checksum: MD5.toUpperCase(), file_name: 'akt.txt', payload: FILE }));
    expect(res.status).toBe(200);
  });

  it('refuses a checksum that is not the MD5 of the file with 400 naming checksum', async () => {
    const count = () => (mock.runtime.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
    const before = count();
    const res = await upload(form({ checksum: '0'.repeat(32), file_name: 'akt.txt', payload: FILE }));
    expect(res.status).toBe(400);
    expect(res.json.error).toBe(`checksum не совпадает с MD5 файла (${MD5})`);
    expect(count()).toBe(before);
  });

  it.each(['checksum', 'file_name'] as const)('refuses a request without %s with 400 naming it', async (missing) => {
    const fields = { checksum: MD5, file_name: 'akt.txt', payload: FILE };
    delete fields[missing];
    const res = await upload(form(fields));
    expect(res.status).toBe(400);
    expect(res.json.error).toBe(`не указано поле ${missing}`);
  });

  it('refuses a request without payload with 400 naming it', async () => {
    const res = await upload(form({ checksum: MD5, file_name: 'akt.txt' }));
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('не передан файл в поле payload');
  });

  it('refuses an empty payload with 400', async () => {
    const res = await upload(form({ checksum: createHash('md5').digest('hex'), file_name: 'empty.txt', payload: Buffer.alloc(0) }));
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('не передан файл в поле payload');
  });

  it('refuses a body that is not multipart/form-data with 400', async () => {
    const res = await fetch(uploadUrl, { method: 'POST', headers: { Authorization: DEMO_AUTH, 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain('multipart/form-data');
  });

  it('answers 401 with the 1C realm without credentials', async () => {
    const res = await fetch(uploadUrl, { method: 'POST', body: form({ checksum: MD5, file_name: 'akt.txt', payload: FILE }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="1C:Enterprise 8.3"');
  });
});

describe('upload size cap', () => {
  let small: RunningMock;
  beforeAll(async () => {
    small = await startMock({ maxBodyBytes: 2048 });
  });
  afterAll(() => small.close());

  it('answers a file over the cap with 413 and stores nothing', async () => {
    const big = Buffer.alloc(4096, 'x');
    const body = form({ checksum: createHash('md5').update(big).digest('hex'), file_name: 'big.bin', payload: big });
    const res = await fetch(`${small.url}/partner/api/upload/private/work`, { method: 'POST', headers: { Authorization: DEMO_AUTH }, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'файл больше 2048 байт' });
    expect(small.runtime.db.prepare("SELECT count(*) AS n FROM files WHERE name = 'big.bin'").get()).toEqual({ n: 0 });
  });
});
