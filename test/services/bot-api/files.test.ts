import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { DEMO_AUTH } from '../../support/mock-server.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { consumerOnSupportLine, count, INFOBASE, useBotMock, usersOn } from '../../support/use-bot-mock.js';

const CONTENT = Buffer.concat([Buffer.from('Акт сверки за февраль 2024\n', 'utf8'), Buffer.from([0, 1, 2, 253, 254, 255])]);
const MD5 = createHash('md5').update(CONTENT).digest('hex');
const base64 = (b: Buffer): ParamInput => ({ typed: 'xs:base64Binary', value: b.toString('base64') });

describe('BotAPI AddFile and SendFile (spec 5.8, 5.9)', () => {
  const f = useBotMock();
  const db = () => f.mock.runtime.db;

  /** The upload as the spec's HTML form sends it. */
  const upload = async (checksum: string, content = CONTENT) => {
    const form = new FormData();
    form.append('checksum', checksum);
    form.append('file_name', 'akt-sverki.bin');
    form.append('payload', new Blob([content]), 'akt-sverki.bin');
    const res = await fetch(`${f.mock.url}/partner/api/upload/private/work`, { method: 'POST', headers: { Authorization: DEMO_AUTH }, body: form });
    return { status: res.status, json: (await res.json()) as Record<string, string> };
  };

  const sendFile = (params: Record<string, ParamInput>) =>
    callWith(f.bot12, 'SendFile', { InfobaseID: INFOBASE, ConsumerID: consumerOnSupportLine(db()), SupportLineID: WELL_KNOWN.supportLine, ИмяФайла: 'Акт сверки.bin', ...params });

  it('upload → SendFile: a file transfer, a type-70 chat message, an outbox entry, and a download link with the exact bytes', async () => {
    const uploaded = await upload(MD5);
    expect(uploaded.status).toBe(200);
    const fileId = uploaded.json.FileID;
    expect(fileId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const consumer = consumerOnSupportLine(db());

    expect(await sendFile({ FileID: fileId })).toEqual({ code: 'SUCCESS', data: null });

    const transfer = db().prepare("SELECT * FROM file_transfers WHERE account = 'demo' AND file_id = ?").get(fileId);
    expect(transfer).toEqual({
      account: 'demo',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      file_id: fileId,
      status: 'DOWNLOADED',
      owner_user_id: consumer,
      line_id: WELL_KNOWN.supportLine,
      source_agent_id: null,
      uploaded_at: '2024-03-01T09:00:00Z',
      file_name: 'Акт сверки.bin',
    });
    const transferId = (transfer as { id: string }).id;

    const message = db().prepare("SELECT message_type, service_user_id, client_id, line_id, message FROM chat_messages WHERE account = 'demo' AND message_type = 70 AND message_time = '2024-03-01T09:00:00Z'").all();
    expect(message).toEqual([
      {
        message_type: 70,
        service_user_id: consumer,
        client_id: WELL_KNOWN.ownClient,
        line_id: WELL_KNOWN.supportLine,
        message: `<buhphone><from>${WELL_KNOWN.partner}</from><filename>Акт сверки.bin</filename><filesize>${CONTENT.length}</filesize></buhphone>`,
      },
    ]);
    const outbox = db().prepare("SELECT recipient, summary, details FROM outbox WHERE account = 'demo' AND kind = 'chat-file'").get() as { recipient: string; details: string };
    expect(outbox).toMatchObject({ recipient: consumer, summary: 'Акт сверки.bin' });
    const link = JSON.parse(outbox.details).downloadLink as string;
    expect(link).toBe(`${f.mock.url}/cus/files/${transferId}`);

    const download = await fetch(link, { headers: { Authorization: DEMO_AUTH } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(CONTENT);
  });

  it('a wrong checksum is refused and stores nothing, over HTTP and over SOAP', async () => {
    const before = count(db(), 'files');
    const wrong = createHash('md5').update('другой файл').digest('hex');
    expect((await upload(wrong)).status).toBe(400);
    expect(await callWith(f.bot11, 'AddFile', { checksum: wrong, file_name: 'akt.bin', payload: base64(CONTENT) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'checksum' });
    expect(count(db(), 'files')).toBe(before);
  });

  it('AddFile over SOAP stores the bytes and answers a 43-character FileID that SendFile takes', async () => {
    const before = count(db(), 'files');
    const r = await callWith(f.bot11, 'AddFile', { checksum: MD5.toUpperCase(), file_name: 'akt.bin', payload: base64(CONTENT) });
    expect(r.code).toBe('SUCCESS');
    const fileId = (r.data as { FileID: string }).FileID;
    expect(fileId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(count(db(), 'files')).toBe(before + 1);
    expect(db().prepare("SELECT name, md5, size, content FROM files WHERE account = 'demo' AND id = ?").get(fileId)).toEqual({ name: 'akt.bin', md5: MD5, size: CONTENT.length, content: CONTENT });
    // A base64 string without xsi:type xs:base64Binary is read as the bytes too.
    expect(await callWith(f.bot11, 'AddFile', { checksum: MD5, file_name: 'akt.bin', payload: CONTENT.toString('base64') })).toMatchObject({ code: 'SUCCESS' });
    expect(await sendFile({ FileID: fileId })).toEqual({ code: 'SUCCESS', data: null });
  });

  it('AddFile checks its parameters', async () => {
    const ok = { checksum: MD5, file_name: 'akt.bin', payload: base64(CONTENT) };
    expect(await callWith(f.bot11, 'AddFile', { ...ok, payload: '%%%' })).toEqual({ code: 'TYPE_MISMATCH', data: 'payload' });
    expect(await callWith(f.bot11, 'AddFile', { ...ok, payload: base64(Buffer.alloc(0)) })).toEqual({ code: 'EMPTY_PARAM', data: 'payload' });
    expect(await callWith(f.bot11, 'AddFile', { ...ok, file_name: 'ф'.repeat(37) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'file_name' });
    expect(await callWith(f.bot11, 'AddFile', { ...ok, checksum: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'checksum' });
    expect(await callWith(f.bot11, 'AddFile', { checksum: MD5, payload: base64(CONTENT) })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'file_name' });
  });

  it('SendFile: only own lines or «Моя компания», to someone served on them, a FileID that exists; refused calls change nothing', async () => {
    const { json } = await upload(MD5);
    const before = { transfers: count(db(), 'file_transfers'), chat: count(db(), 'chat_messages'), outbox: count(db(), 'outbox') };
    const onVendorLine = usersOn(db(), WELL_KNOWN.vendorLine)[0];
    expect(await sendFile({ FileID: json.FileID, ConsumerID: onVendorLine, SupportLineID: WELL_KNOWN.vendorLine })).toEqual({ code: 'ACCESS_ERROR', data: 'SupportLineID' });
    expect(await sendFile({ FileID: json.FileID, SupportLineID: WELL_KNOWN.myCompanyLine })).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'SupportLineID: линия поддержки не подключена пользователю ConsumerID',
    });
    expect(await sendFile({ FileID: 'A'.repeat(43) })).toEqual({ code: 'UID_NOT_CORRECT', data: 'FileID' });
    expect(await sendFile({ FileID: 'A'.repeat(44) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'FileID' });
    expect(await sendFile({ FileID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'FileID' });
    expect(await sendFile({ FileID: json.FileID, ИмяФайла: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ИмяФайла' });
    expect(await sendFile({ FileID: json.FileID, ConsumerID: WELL_KNOWN.ownClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ConsumerID' });
    expect(await callWith(f.bot11, 'SendFile', { InfobaseID: INFOBASE, ConsumerID: WELL_KNOWN.specialist, SupportLineID: WELL_KNOWN.myCompanyLine, FileID: json.FileID }))
      .toEqual({ code: 'PARAM_NOT_EXIST', data: 'ИмяФайла' });
    expect({ transfers: count(db(), 'file_transfers'), chat: count(db(), 'chat_messages'), outbox: count(db(), 'outbox') }).toEqual(before);
    // An own employee on «Моя компания».
    expect(await sendFile({ FileID: json.FileID, ConsumerID: WELL_KNOWN.specialist, SupportLineID: WELL_KNOWN.myCompanyLine })).toEqual({ code: 'SUCCESS', data: null });
  });
});
