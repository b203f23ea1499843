import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { DEMO_AUTH } from '../../support/mock-server.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { consumerOnSupportLine, INFOBASE, useBotMock } from '../../support/use-bot-mock.js';

type Row = Record<string, string | null>;

/** useBotMock's frozen now, 2024-03-01 12:00 Moscow (the account's zone), and the hour before it. */
const NOW = '2024-03-01T12:00:00';
const LAST_HOUR = { PeriodFrom: { dateTime: '2024-03-01T11:00:00' }, PeriodTo: { dateTime: NOW } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const CONTENT = Buffer.concat([Buffer.from('Счёт-фактура № 118 от 29.02.2024\n', 'utf8'), Buffer.from([0, 7, 128, 255])]);
const MD5 = createHash('md5').update(CONTENT).digest('hex');

describe('across the APIs: chat, files and the outbox', () => {
  const f = useBotMock();
  const db = () => f.mock.runtime.db;
  const pwa = (op: string, params: Record<string, ParamInput> = {}) => callWith(f.soap11, op, params);
  const bot = (op: string, params: Record<string, ParamInput> = {}) => callWith(f.bot11, op, params);
  const chatOf = async (user: string, period: Record<string, ParamInput> = LAST_HOUR): Promise<Row[]> => {
    const r = await pwa('GetHistoryOfServiceChat', { ...period, ServiceUserID: user });
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };

  /** The upload form of spec 5.8, as a real multipart body. */
  const upload = async (): Promise<string> => {
    const form = new FormData();
    form.append('checksum', MD5);
    form.append('file_name', 'schet-faktura.bin');
    form.append('payload', new Blob([CONTENT]), 'schet-faktura.bin');
    const res = await fetch(`${f.mock.url}/partner/api/upload/private/work`, { method: 'POST', headers: { Authorization: DEMO_AUTH }, body: form });
    expect(res.status).toBe(200);
    return ((await res.json()) as { FileID: string }).FileID;
  };
  const sendFile = async (consumer: string): Promise<string> => {
    const fileId = await upload();
    expect(await bot('SendFile', { InfobaseID: INFOBASE, ConsumerID: consumer, SupportLineID: WELL_KNOWN.supportLine, ИмяФайла: 'Счёт-фактура 118.bin', FileID: fileId })).toEqual({ code: 'SUCCESS', data: null });
    return fileId;
  };

  it('ServiceRequestAdd posts a type-121 message naming the request; finishing it with a Result posts a type-123', async () => {
    const added = await pwa('ServiceRequestAdd', {
      ServiceRequestChannelID: WELL_KNOWN.serviceRequestChannel,
      ServiceLineKindID: WELL_KNOWN.supportLine,
      ServiceKindID: WELL_KNOWN.serviceKind,
      ServiceRequestTypeID: WELL_KNOWN.serviceRequestType,
      UserID: WELL_KNOWN.requesterUser,
      ExecutorID: WELL_KNOWN.specialist,
      Summary: 'Не проводится поступление товаров',
    });
    expect(added.code).toBe('SUCCESS');
    const { ServiceRequestID: id, Number: number } = added.data as Row;
    expect(id).toMatch(UUID);

    const payload = (transaction: string) =>
      `<buhphone><service_request_id>${id}</service_request_id><transaction_id>${transaction}</transaction_id><service_request_number>${number}</service_request_number>` +
      `<initiator_id>${WELL_KNOWN.requesterUser}</initiator_id><executor_id>${WELL_KNOWN.specialist}</executor_id><owner_id>${WELL_KNOWN.partner}</owner_id></buhphone>`;
    const mine = (rows: Row[]) => rows.filter((m) => m.Message?.includes(`<service_request_id>${id}</service_request_id>`));

    const created = mine(await chatOf(WELL_KNOWN.requesterUser));
    expect(created).toEqual([
      {
        MessageID: expect.stringMatching(UUID),
        MessageType: '121',
        ServiceUserID: WELL_KNOWN.requesterUser,
        ServiceID: WELL_KNOWN.supportLine,
        AuthorID: null,
        Message: payload(/<transaction_id>([^<]+)</.exec(created[0]?.Message ?? '')?.[1] ?? 'missing'),
        MessageTime: NOW,
        ServiceTreatmentID: null,
      },
    ]);

    expect(await pwa('ServiceRequestEdit', { ServiceRequestID: id!, ServiceRequestStatusID: WELL_KNOWN.statusFinished, Result: 'Перепровели документ, остатки сошлись' })).toEqual({
      code: 'SUCCESS',
      data: null,
    });
    const after = mine(await chatOf(WELL_KNOWN.requesterUser));
    expect(after.map((m) => m.MessageType).sort()).toEqual(['121', '123']);
    const finished = after.find((m) => m.MessageType === '123')!;
    const transaction = /<transaction_id>([^<]+)</.exec(finished.Message!)![1];
    expect(transaction).toMatch(UUID);
    expect(finished).toMatchObject({ ServiceUserID: WELL_KNOWN.requesterUser, ServiceID: WELL_KNOWN.supportLine, AuthorID: null, MessageTime: NOW, Message: payload(transaction) });
  });

  it('upload → SendFile: GetHistoryOfServiceFileTransfer lists it, its link gives the exact bytes, and the chat shows a type-70 message', async () => {
    const consumer = consumerOnSupportLine(db());
    await sendFile(consumer);

    const transfers = await pwa('GetHistoryOfServiceFileTransfer', { ...LAST_HOUR, OwnerUserID: consumer });
    expect(transfers.code).toBe('SUCCESS');
    const listed = (transfers.data as Row[]).filter((t) => t.FileName === 'Счёт-фактура 118.bin');
    expect(listed).toEqual([
      {
        FileID: expect.stringMatching(UUID),
        Status: 'DOWNLOADED',
        OwnerUserID: consumer,
        ServiceID: WELL_KNOWN.supportLine,
        SourceAgentID: null,
        UploadedAt: NOW,
        FileName: 'Счёт-фактура 118.bin',
        FileExtension: '.bin',
        FileSize: String(CONTENT.length),
        DownloadLink: `${f.mock.url}/cus/files/${listed[0]?.FileID}`,
        FileCheckSumMD5: MD5,
      },
    ]);

    const download = await fetch(listed[0].DownloadLink!, { headers: { Authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` } });
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes).toEqual(CONTENT);
    expect(createHash('md5').update(bytes).digest('hex')).toBe(listed[0].FileCheckSumMD5);

    const files = (await chatOf(consumer)).filter((m) => m.MessageType === '70');
    expect(files).toEqual([
      {
        MessageID: expect.stringMatching(UUID),
        MessageType: '70',
        ServiceUserID: consumer,
        ServiceID: WELL_KNOWN.supportLine,
        AuthorID: null,
        Message: `<buhphone><from>${WELL_KNOWN.partner}</from><filename>Счёт-фактура 118.bin</filename><filesize>${CONTENT.length}</filesize></buhphone>`,
        MessageTime: NOW,
        ServiceTreatmentID: null,
      },
    ]);
  });

  it('BotAPI SendNotification shows in the recipient\'s chat through PartnerWebAPI2', async () => {
    const consumer = consumerOnSupportLine(db());
    const r = await bot('SendNotification', {
      InfobaseID: INFOBASE,
      Name: 'Обновление 1С:Бухгалтерии',
      Subject: 'Вышел релиз 3.0.152',
      Text: 'Обновим вашу базу в субботу утром.',
      Recipients: { table: { columns: ['EmployeeID', 'SupportLineID'], rows: [[consumer, WELL_KNOWN.supportLine]] } },
    });
    expect(r.code).toBe('SUCCESS');
    const shown = (await chatOf(consumer)).filter((m) => m.Message?.startsWith('Вышел релиз 3.0.152'));
    expect(shown).toEqual([
      {
        MessageID: expect.stringMatching(UUID),
        MessageType: '1',
        ServiceUserID: consumer,
        ServiceID: WELL_KNOWN.supportLine,
        AuthorID: null,
        Message: 'Вышел релиз 3.0.152\nОбновим вашу базу в субботу утром.',
        MessageTime: NOW,
        ServiceTreatmentID: null,
      },
    ]);
  });

  it('the admin outbox lists a welcome e-mail, a notification and a file, one each, newest first', async () => {
    const consumer = consumerOnSupportLine(db());
    const outbox = async () => {
      const res = await fetch(`${f.mock.url}/admin/api/accounts/demo/outbox`);
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { kind: string; operation: string; recipient: string }[] }).items;
    };
    const before = (await outbox()).length;

    expect(await pwa('ClientUserSendWelcomeEmail', { ClientUserID: WELL_KNOWN.ownClientUser })).toEqual({ code: 'SUCCESS', data: null });
    const notified = await pwa('PartnerNotificationAdd', {
      Name: 'Обновление 3.0.152',
      Subject: 'Плановое обновление',
      Text: 'В субботу утром обновим вашу конфигурацию.',
      Recipients: { table: { columns: ['ServiceUserID', 'ServiceID'], rows: [[consumer, WELL_KNOWN.supportLine]] } },
    });
    expect(notified.code).toBe('SUCCESS');
    await sendFile(consumer);

    const email = (db().prepare("SELECT email FROM client_users WHERE account = 'demo' AND id = ?").get(WELL_KNOWN.ownClientUser) as { email: string }).email;
    const items = await outbox();
    expect(items).toHaveLength(before + 3);
    expect(items.slice(0, 3).map(({ kind, operation, recipient }) => ({ kind, operation, recipient }))).toEqual([
      { kind: 'chat-file', operation: 'SendFile', recipient: consumer },
      { kind: 'notification', operation: 'PartnerNotificationAdd', recipient: consumer },
      { kind: 'welcome-email', operation: 'ClientUserSendWelcomeEmail', recipient: email },
    ]);
  });
});
