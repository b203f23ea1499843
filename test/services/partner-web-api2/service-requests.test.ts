import { describe, expect, it } from 'vitest';
import { WELL_KNOWN, WORLD_SIZES } from '../../../seed/demo-world.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_DURATION = 9999 * 3600 + 59 * 60;
const SEEDED = WORLD_SIZES.serviceRequests + 1;
const number = (n: number) => String(n).padStart(13, '0');

const ADD: Record<string, ParamInput> = {
  ServiceRequestChannelID: WELL_KNOWN.serviceRequestChannel,
  ServiceLineKindID: WELL_KNOWN.supportLine,
  ServiceKindID: WELL_KNOWN.serviceKind,
  ServiceRequestTypeID: WELL_KNOWN.serviceRequestType,
  UserID: WELL_KNOWN.requesterUser,
  ExecutorID: WELL_KNOWN.specialist,
};

describe('PartnerWebAPI2 service requests (spec 3.57–3.64)', () => {
  const f = useMock();
  const one = <T>(sql: string, ...args: unknown[]) => f.mock.runtime.db.prepare(sql).get(...args) as T;
  const all = <T>(sql: string, ...args: unknown[]) => f.mock.runtime.db.prepare(sql).all(...args) as T[];
  const otherPartnerId = (table: string) => one<{ id: string }>(`SELECT id FROM ${table} WHERE account = 'demo' AND partner_id = ? LIMIT 1`, WELL_KNOWN.otherPartner).id;

  describe.each(bothVersions(f))('dictionaries over %s', (_name, client) => {
    it('ServiceRequestChannelRead lists the four channel types of the partner', async () => {
      expect(await callWith(client(), 'ServiceRequestChannelRead')).toEqual({
        code: 'SUCCESS',
        data: [
          { ServiceRequestChannelID: WELL_KNOWN.serviceRequestChannel, Name: '1С-Коннект', ChannelType: 'CONNECT' },
          { ServiceRequestChannelID: WELL_KNOWN.serviceRequestChannelPhone, Name: 'Телефон', ChannelType: 'PHONE' },
          { ServiceRequestChannelID: expect.stringMatching(UUID), Name: 'Электронная почта', ChannelType: 'EMAIL' },
          { ServiceRequestChannelID: expect.stringMatching(UUID), Name: 'Заявка с сайта', ChannelType: 'OTHER' },
        ],
      });
    });

    it('ServiceKindRead and ServiceRequestTypeRead list deleted entries too', async () => {
      const kinds = (await callWith(client(), 'ServiceKindRead')).data as Row[];
      expect(Object.keys(kinds[0])).toEqual(['ServiceKindID', 'Name', 'Description', 'Deleted']);
      expect(kinds[0]).toEqual({
        ServiceKindID: WELL_KNOWN.serviceKind,
        Name: 'Абонентское обслуживание',
        Description: 'Консультации и работы в рамках договора абонентского обслуживания 1С:ИТС.',
        Deleted: 'false',
      });
      expect(kinds.find((k) => k.ServiceKindID === WELL_KNOWN.deletedServiceKind)).toMatchObject({ Deleted: 'true' });
      const types = (await callWith(client(), 'ServiceRequestTypeRead')).data as Row[];
      expect(types[0]).toEqual({ ServiceRequestTypeID: WELL_KNOWN.serviceRequestType, Name: 'Консультация', Deleted: 'false' });
      expect(types.find((t) => t.ServiceRequestTypeID === WELL_KNOWN.deletedServiceRequestType)).toMatchObject({ Deleted: 'true' });
    });

    it('ServiceRequestStatusRead lists several statuses per type', async () => {
      const statuses = (await callWith(client(), 'ServiceRequestStatusRead')).data as Row[];
      expect(statuses.slice(0, 5)).toEqual([
        { ServiceRequestStatusID: WELL_KNOWN.statusNew, Name: 'Новая', ServiceRequestStatusIType: 'NEW', Deleted: 'false' },
        { ServiceRequestStatusID: WELL_KNOWN.statusWork, Name: 'В работе', ServiceRequestStatusIType: 'WORK', Deleted: 'false' },
        { ServiceRequestStatusID: WELL_KNOWN.statusSuspended, Name: 'Ожидает ответа клиента', ServiceRequestStatusIType: 'SUSPENDED', Deleted: 'false' },
        { ServiceRequestStatusID: WELL_KNOWN.statusCancelled, Name: 'Отменена', ServiceRequestStatusIType: 'CANCELLED', Deleted: 'false' },
        { ServiceRequestStatusID: WELL_KNOWN.statusFinished, Name: 'Выполнена', ServiceRequestStatusIType: 'FINISHED', Deleted: 'false' },
      ]);
      expect(statuses).toHaveLength(10);
      expect(statuses.map((s) => s.ServiceRequestStatusIType).filter((t) => t === 'FINISHED')).toHaveLength(2);
    });
  });

  it('the seed holds requests in every status, each with its history and chat messages', () => {
    const types = all<{ status_type: string }>(
      `SELECT DISTINCT s.status_type FROM service_requests r JOIN service_request_statuses s ON s.account = r.account AND s.id = r.status_id WHERE r.account = 'demo' ORDER BY 1`,
    );
    expect(types.map((t) => t.status_type)).toEqual(['CANCELLED', 'FINISHED', 'NEW', 'SUSPENDED', 'WORK']);
    const closedWithoutResult = one<{ n: number }>(
      `SELECT COUNT(*) AS n FROM service_requests r JOIN service_request_statuses s ON s.account = r.account AND s.id = r.status_id
       WHERE r.account = 'demo' AND s.status_type IN ('CANCELLED', 'FINISHED') AND r.result = ''`,
    );
    expect(closedWithoutResult.n).toBe(0);
    const created = one<{ n: number }>(`SELECT COUNT(*) AS n FROM chat_messages WHERE account = 'demo' AND message_type = 121`);
    expect(created.n).toBe(SEEDED);
  });

  describe('ServiceRequestAdd', () => {
    it('creates a request in the partner NEW status, with a 13-character Number, and posts message 121', async () => {
      const r = await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, Summary: 'Не печатается счёт', Priority: 'HIGH', Duration: 1800 });
      expect(r).toEqual({ code: 'SUCCESS', data: { ServiceRequestID: expect.stringMatching(UUID), Number: number(SEEDED + 1) } });
      const id = (r.data as Row).ServiceRequestID as string;
      const second = await callWith(f.soap11, 'ServiceRequestAdd', ADD);
      expect((second.data as Row).Number).toBe(number(SEEDED + 2));

      const row = one<Record<string, unknown>>(`SELECT * FROM service_requests WHERE account = 'demo' AND id = ?`, id);
      expect(row).toMatchObject({ status_id: WELL_KNOWN.statusNew, client_id: WELL_KNOWN.ownClient, priority: 'HIGH', duration: 1800, created_at: '2024-03-01T09:00:00Z' });
      const messages = all<Record<string, unknown>>(`SELECT * FROM chat_messages WHERE account = 'demo' AND message LIKE ?`, `%${id}%`);
      expect(messages).toEqual([
        expect.objectContaining({
          message_type: 121,
          service_user_id: WELL_KNOWN.requesterUser,
          client_id: WELL_KNOWN.ownClient,
          line_id: WELL_KNOWN.supportLine,
          author_id: null,
          message_time: '2024-03-01T09:00:00Z',
        }),
      ]);
      expect(messages[0].message).toMatch(
        new RegExp(
          `^<buhphone><service_request_id>${id}</service_request_id><transaction_id>[0-9a-f-]{36}</transaction_id>` +
            `<service_request_number>${number(SEEDED + 1)}</service_request_number><initiator_id>${WELL_KNOWN.requesterUser}</initiator_id>` +
            `<executor_id>${WELL_KNOWN.specialist}</executor_id><owner_id>${WELL_KNOWN.partner}</owner_id></buhphone>$`,
        ),
      );
    });

    it('starts in the status given by ServiceRequestStatusID', async () => {
      const r = await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, ServiceRequestStatusID: WELL_KNOWN.statusWork });
      const id = (r.data as Row).ServiceRequestID;
      expect(one<{ status_id: string }>(`SELECT status_id FROM service_requests WHERE account = 'demo' AND id = ?`, id).status_id).toBe(WELL_KNOWN.statusWork);
      expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, ServiceRequestStatusID: WELL_KNOWN.statusFinished })).toEqual({
        code: 'PARAM_NOT_CORRECT',
        data: expect.stringMatching(/^ServiceRequestStatusID: /),
      });
    });

    it('checks every required id: present, not empty, well-formed, the partner own and not deleted', async () => {
      const deletedSpecialist = one<{ id: string }>(`SELECT id FROM specialists WHERE account = 'demo' AND partner_id = ? AND deleted = 1`, WELL_KNOWN.partner).id;
      const invisibleUser = one<{ id: string }>(`SELECT id FROM client_users WHERE account = 'demo' AND client_id = ?`, WELL_KNOWN.invisibleClient).id;
      const deletedUser = one<{ id: string }>(`SELECT id FROM client_users WHERE account = 'demo' AND client_id = ?`, WELL_KNOWN.deletedOwnClient).id;
      const foreignSpecialist = otherPartnerId('specialists');
      for (const name of Object.keys(ADD)) {
        const without = Object.fromEntries(Object.entries(ADD).filter(([k]) => k !== name));
        expect(await callWith(f.soap11, 'ServiceRequestAdd', without)).toEqual({ code: 'PARAM_NOT_EXIST', data: name });
        expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, [name]: '' })).toEqual({ code: 'EMPTY_PARAM', data: name });
        expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, [name]: '00000000-0000-0000-0000-000000000000' })).toEqual({ code: 'EMPTY_PARAM', data: name });
        expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, [name]: 'abc' })).toEqual({ code: 'UID_NOT_CORRECT', data: name });
        expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, [name]: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001' })).toEqual({ code: 'UID_NOT_CORRECT', data: name });
        expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, [name]: 5 })).toEqual({ code: 'TYPE_MISMATCH', data: name });
      }
      const refused: [string, string][] = [
        ['ServiceRequestChannelID', WELL_KNOWN.foreignServiceRequestChannel],
        ['ServiceKindID', WELL_KNOWN.deletedServiceKind],
        ['ServiceKindID', otherPartnerId('service_kinds')],
        ['ServiceRequestTypeID', WELL_KNOWN.deletedServiceRequestType],
        ['ServiceRequestTypeID', otherPartnerId('service_request_types')],
        ['ServiceLineKindID', one<{ id: string }>(`SELECT id FROM support_lines WHERE account = 'demo' AND partner_id = ?`, WELL_KNOWN.vendorPartner).id],
        ['UserID', invisibleUser],
        ['UserID', deletedUser],
        ['UserID', WELL_KNOWN.specialist],
        ['ExecutorID', deletedSpecialist],
        ['ExecutorID', foreignSpecialist],
        ['ExecutorID', WELL_KNOWN.requesterUser],
        ['ServiceRequestStatusID', otherPartnerId('service_request_statuses')],
      ];
      for (const [name, value] of refused) {
        expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, [name]: value }), `${name} = ${value}`).toEqual({ code: 'UID_NOT_CORRECT', data: name });
      }
      expect(await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, ServiceRequestStatusID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ServiceRequestStatusID' });
      expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM service_requests WHERE account = 'demo'`).n).toBe(SEEDED);
    });

    it('accepts a third-party client user served on the partner line, under that client', async () => {
      const user = one<{ id: string }>(`SELECT id FROM client_users WHERE account = 'demo' AND client_id = ? AND deleted = 0`, WELL_KNOWN.thirdPartyClient).id;
      const r = await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, UserID: user });
      expect(r.code).toBe('SUCCESS');
      const id = (r.data as Row).ServiceRequestID;
      expect(one<{ client_id: string }>(`SELECT client_id FROM service_requests WHERE account = 'demo' AND id = ?`, id).client_id).toBe(WELL_KNOWN.thirdPartyClient);
    });

    it('checks Duration, Priority and the lengths', async () => {
      const cases: [Record<string, ParamInput>, string, string?][] = [
        [{ Duration: 0 }, 'SUCCESS'],
        [{ Duration: 1 }, 'SUCCESS'],
        [{ Duration: MAX_DURATION }, 'SUCCESS'],
        [{ Duration: MAX_DURATION + 1 }, 'VALUE_IS_NOT_VALID', 'Duration'],
        [{ Duration: -1 }, 'VALUE_IS_NOT_VALID', 'Duration'],
        [{ Duration: 1.5 }, 'VALUE_IS_NOT_VALID', 'Duration'],
        [{ Duration: 'час' }, 'TYPE_MISMATCH', 'Duration'],
        [{ Priority: 'LOW' }, 'SUCCESS'],
        [{ Priority: 'STANDARD' }, 'SUCCESS'],
        [{ Priority: '' }, 'EMPTY_PARAM', 'Priority'],
        [{ Priority: 'URGENT' }, 'VALUE_IS_NOT_VALID', 'Priority'],
        [{ Priority: 'low' }, 'VALUE_IS_NOT_VALID', 'Priority'],
        [{ Description: '', Summary: '', Deadline: '', Field1: '', Field5: '' }, 'SUCCESS'],
        [{ Description: 'д'.repeat(8000), Summary: 'т'.repeat(1000), Deadline: 'с'.repeat(1000), Field1: 'п'.repeat(8000) }, 'SUCCESS'],
        [{ Description: 'д'.repeat(8001) }, 'VALUE_IS_NOT_VALID', 'Description'],
        [{ Summary: 'т'.repeat(1001) }, 'VALUE_IS_NOT_VALID', 'Summary'],
        [{ Deadline: 'с'.repeat(1001) }, 'VALUE_IS_NOT_VALID', 'Deadline'],
        [{ Field3: 'п'.repeat(8001) }, 'VALUE_IS_NOT_VALID', 'Field3'],
        [{ Summary: 7 }, 'TYPE_MISMATCH', 'Summary'],
      ];
      for (const [extra, code, data] of cases) {
        const r = await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, ...extra });
        if (code === 'SUCCESS') expect(r.code, JSON.stringify(extra).slice(0, 80)).toBe('SUCCESS');
        else expect(r, JSON.stringify(extra).slice(0, 80)).toEqual({ code, data });
      }
    });
  });

  describe('ServiceRequestRead', () => {
    it('lists requests created or changed since PeriodFrom, in the columns of 3.61', async () => {
      const before = (await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: { dateTime: '2024-03-01T00:00:00' } })).data as Row[];
      expect(before).toEqual([]);
      const id = ((await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, Summary: 'Тема', Deadline: 'Сегодня', Field2: 'Доп', Duration: 60 })).data as Row).ServiceRequestID;
      expect(await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: { dateTime: '2024-03-01T12:00:00' } })).toEqual({
        code: 'SUCCESS',
        data: [
          {
            ServiceRequestID: id,
            Number: number(SEEDED + 1),
            CreateTime: '2024-03-01T12:00:00',
            ServiceRequestChannelID: WELL_KNOWN.serviceRequestChannel,
            ServiceLineKindID: WELL_KNOWN.supportLine,
            ServiceKindID: WELL_KNOWN.serviceKind,
            ServiceRequestTypeID: WELL_KNOWN.serviceRequestType,
            ClientID: WELL_KNOWN.ownClient,
            UserID: WELL_KNOWN.requesterUser,
            ExecutorID: WELL_KNOWN.specialist,
            ServiceRequestStatusID: WELL_KNOWN.statusNew,
            Description: '',
            Duration: '60',
            Summary: 'Тема',
            Priority: 'STANDARD',
            Deadline: 'Сегодня',
            Field1: '',
            Field2: 'Доп',
            Field3: '',
            Field4: '',
            Field5: '',
            Result: '',
          },
        ],
      });
      expect(await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: { dateTime: '2024-03-01T12:00:01' } })).toEqual({ code: 'SUCCESS', data: [] });
    });

    it('lists the seeded requests from a period start in the past', async () => {
      const rows = (await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: { dateTime: '2023-01-01T00:00:00' } })).data as Row[];
      expect(rows).toHaveLength(SEEDED);
      expect(rows.map((r) => r.Number)).toEqual(Array.from({ length: SEEDED }, (_, i) => number(i + 1)));
      expect(rows.find((r) => r.ServiceRequestID === WELL_KNOWN.serviceRequest)).toMatchObject({ ServiceRequestStatusID: WELL_KNOWN.statusWork, ExecutorID: WELL_KNOWN.specialist });
    });

    it('requires PeriodFrom, not empty', async () => {
      expect(await callWith(f.soap11, 'ServiceRequestRead', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'PeriodFrom' });
      expect(await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: 'PeriodFrom' });
      expect(await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: 'вчера' })).toEqual({ code: 'TYPE_MISMATCH', data: 'PeriodFrom' });
    });
  });

  describe('ServiceRequestEdit and ServiceRequestHistory', () => {
    it('scenario: add, find, reassign, start, finish without and with Result, read the history', async () => {
      const added = await callWith(f.soap11, 'ServiceRequestAdd', { ...ADD, Summary: 'Не закрывается месяц' });
      const id = (added.data as Row).ServiceRequestID as string;
      const found = (await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: { dateTime: '2024-03-01T11:00:00' } })).data as Row[];
      expect(found.map((r) => r.ServiceRequestID)).toEqual([id]);

      const executor = one<{ id: string }>(
        `SELECT id FROM specialists WHERE account = 'demo' AND partner_id = ? AND deleted = 0 AND id <> ? ORDER BY id LIMIT 1`,
        WELL_KNOWN.partner,
        WELL_KNOWN.specialist,
      ).id;
      const edit = (params: Record<string, ParamInput>) => callWith(f.soap11, 'ServiceRequestEdit', { ServiceRequestID: id, ...params });
      expect(await edit({ ExecutorID: executor })).toEqual({ code: 'SUCCESS', data: null });
      await setClockAt('2024-03-01T12:10:00+03:00');
      expect(await edit({ ServiceRequestStatusID: WELL_KNOWN.statusWork })).toEqual({ code: 'SUCCESS', data: null });
      await setClockAt('2024-03-01T13:00:00+03:00');
      expect(await edit({ ServiceRequestStatusID: WELL_KNOWN.statusFinished })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Result' });
      expect(await edit({ ServiceRequestStatusID: WELL_KNOWN.statusFinished, Result: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Result' });
      expect(await edit({ ServiceRequestStatusID: WELL_KNOWN.statusFinished, Result: 'Закрыт месяц', Duration: 2700 })).toEqual({ code: 'SUCCESS', data: null });

      expect(await callWith(f.soap11, 'ServiceRequestHistory', { ServiceRequestID: id })).toEqual({
        code: 'SUCCESS',
        data: [
          { Time: '2024-03-01T12:00:00', AuthorID: '', ChangedField: 'EXECUTOR', OldValue: WELL_KNOWN.specialist, NewValue: executor },
          { Time: '2024-03-01T12:10:00', AuthorID: '', ChangedField: 'STATUS', OldValue: WELL_KNOWN.statusNew, NewValue: WELL_KNOWN.statusWork },
          { Time: '2024-03-01T13:00:00', AuthorID: '', ChangedField: 'STATUS', OldValue: WELL_KNOWN.statusWork, NewValue: WELL_KNOWN.statusFinished },
          { Time: '2024-03-01T13:00:00', AuthorID: '', ChangedField: 'RESULT', OldValue: '', NewValue: 'Закрыт месяц' },
          { Time: '2024-03-01T13:00:00', AuthorID: '', ChangedField: 'DURATION', OldValue: '0', NewValue: '2700' },
        ],
      });
      const row = ((await callWith(f.soap11, 'ServiceRequestRead', { PeriodFrom: { dateTime: '2024-03-01T13:00:00' } })).data as Row[])[0];
      expect(row).toMatchObject({ ServiceRequestID: id, ExecutorID: executor, ServiceRequestStatusID: WELL_KNOWN.statusFinished, Result: 'Закрыт месяц', Duration: '2700' });

      const types = all<{ message_type: number; message_time: string }>(
        `SELECT message_type, message_time FROM chat_messages WHERE account = 'demo' AND message LIKE ? ORDER BY message_time, message_type`,
        `%${id}%`,
      );
      expect(types).toEqual([
        { message_type: 121, message_time: '2024-03-01T09:00:00Z' },
        { message_type: 122, message_time: '2024-03-01T09:00:00Z' },
        { message_type: 122, message_time: '2024-03-01T09:10:00Z' },
        { message_type: 123, message_time: '2024-03-01T10:00:00Z' },
      ]);
    });

    const setClockAt = async (now: string) => {
      const res = await fetch(`${f.mock.url}/admin/api/accounts/demo/clock`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ now, frozen: true }),
      });
      expect(res.ok).toBe(true);
    };

    it('records every field of 3.63 with the ChangedField spelling of 3.64; cancelling posts 124', async () => {
      const edit = {
        ServiceRequestChannelID: WELL_KNOWN.serviceRequestChannelPhone,
        Description: 'Новое описание',
        Duration: 600,
        Summary: 'Новая тема',
        Priority: 'LOW',
        Deadline: 'Завтра',
        Field1: 'Бухгалтерия 3.0.150',
        Field2: 'a',
        Field3: 'b',
        Field4: 'c',
        Field5: 'd',
        ServiceRequestStatusID: WELL_KNOWN.statusCancelled,
        Result: 'Клиент отказался',
      };
      expect(await callWith(f.soap11, 'ServiceRequestEdit', { ServiceRequestID: WELL_KNOWN.serviceRequest, ...edit })).toEqual({ code: 'SUCCESS', data: null });
      const history = (await callWith(f.soap11, 'ServiceRequestHistory', { ServiceRequestID: WELL_KNOWN.serviceRequest })).data as Row[];
      const mine = history.filter((h) => h.AuthorID === '');
      expect(mine.map((h) => h.ChangedField)).toEqual(['CHANNEL', 'STATUS', 'DESCRIPTION', 'RESULT', 'SUMMARY', 'Priority', 'Deadline', 'Field1', 'Field2', 'Field3', 'Field4', 'Field5', 'DURATION']);
      expect(mine[0]).toEqual({ Time: '2024-03-01T12:00:00', AuthorID: '', ChangedField: 'CHANNEL', OldValue: WELL_KNOWN.serviceRequestChannel, NewValue: WELL_KNOWN.serviceRequestChannelPhone });
      expect(mine[5]).toMatchObject({ OldValue: expect.stringMatching(/^(LOW|STANDARD|HIGH)$/), NewValue: 'LOW' });
      const last = one<{ message_type: number }>(`SELECT message_type FROM chat_messages WHERE account = 'demo' AND message LIKE ? ORDER BY message_time DESC LIMIT 1`, `%${WELL_KNOWN.serviceRequest}%`);
      expect(last.message_type).toBe(124);
    });

    it('the seeded history names the specialist who changed the request', async () => {
      const history = (await callWith(f.soap11, 'ServiceRequestHistory', { ServiceRequestID: WELL_KNOWN.serviceRequest })).data as Row[];
      expect(history.map((h) => [h.AuthorID, h.ChangedField, h.NewValue])).toEqual([
        [WELL_KNOWN.specialist, 'EXECUTOR', WELL_KNOWN.specialist],
        [WELL_KNOWN.specialist, 'STATUS', WELL_KNOWN.statusWork],
      ]);
      expect(history[1].OldValue).toBe(WELL_KNOWN.statusNew);
    });

    it('an edit that changes nothing records nothing', async () => {
      const row = one<{ summary: string }>(`SELECT summary FROM service_requests WHERE account = 'demo' AND id = ?`, WELL_KNOWN.serviceRequest);
      expect(await callWith(f.soap11, 'ServiceRequestEdit', { ServiceRequestID: WELL_KNOWN.serviceRequest, Summary: row.summary })).toEqual({ code: 'SUCCESS', data: null });
      expect(((await callWith(f.soap11, 'ServiceRequestHistory', { ServiceRequestID: WELL_KNOWN.serviceRequest })).data as Row[])).toHaveLength(2);
    });

    it('a closed request keeps its Result: it may be edited without one, and may not lose it', async () => {
      expect(await callWith(f.soap11, 'ServiceRequestEdit', { ServiceRequestID: WELL_KNOWN.serviceRequest, ServiceRequestStatusID: WELL_KNOWN.statusCancelled, Result: 'Дубль' })).toEqual({ code: 'SUCCESS', data: null });
      expect(await callWith(f.soap11, 'ServiceRequestEdit', { ServiceRequestID: WELL_KNOWN.serviceRequest, Summary: 'Дубль заявки' })).toEqual({ code: 'SUCCESS', data: null });
      expect(await callWith(f.soap11, 'ServiceRequestEdit', { ServiceRequestID: WELL_KNOWN.serviceRequest, Result: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Result' });
      expect(await callWith(f.soap11, 'ServiceRequestEdit', { ServiceRequestID: WELL_KNOWN.serviceRequest, ServiceRequestStatusID: WELL_KNOWN.statusWork, Result: '' })).toEqual({ code: 'SUCCESS', data: null });
    });

    it('answers parameter errors of Edit and History with the parameter name, changing nothing', async () => {
      const id = WELL_KNOWN.serviceRequest;
      const cases: [Record<string, ParamInput>, string, string][] = [
        [{ Summary: 'x' }, 'PARAM_NOT_EXIST', 'ServiceRequestID'],
        [{ ServiceRequestID: '' }, 'EMPTY_PARAM', 'ServiceRequestID'],
        [{ ServiceRequestID: 'a141' }, 'UID_NOT_CORRECT', 'ServiceRequestID'],
        [{ ServiceRequestID: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001' }, 'UID_NOT_CORRECT', 'ServiceRequestID'],
        [{ ServiceRequestID: id, ServiceRequestChannelID: '' }, 'EMPTY_PARAM', 'ServiceRequestChannelID'],
        [{ ServiceRequestID: id, ServiceRequestChannelID: WELL_KNOWN.foreignServiceRequestChannel }, 'UID_NOT_CORRECT', 'ServiceRequestChannelID'],
        [{ ServiceRequestID: id, ExecutorID: '' }, 'EMPTY_PARAM', 'ExecutorID'],
        [{ ServiceRequestID: id, ExecutorID: otherPartnerId('specialists') }, 'UID_NOT_CORRECT', 'ExecutorID'],
        [{ ServiceRequestID: id, ServiceRequestStatusID: '' }, 'EMPTY_PARAM', 'ServiceRequestStatusID'],
        [{ ServiceRequestID: id, ServiceRequestStatusID: otherPartnerId('service_request_statuses') }, 'UID_NOT_CORRECT', 'ServiceRequestStatusID'],
        [{ ServiceRequestID: id, Duration: MAX_DURATION + 1 }, 'VALUE_IS_NOT_VALID', 'Duration'],
        [{ ServiceRequestID: id, Priority: '' }, 'EMPTY_PARAM', 'Priority'],
        [{ ServiceRequestID: id, Priority: 'MEDIUM' }, 'VALUE_IS_NOT_VALID', 'Priority'],
        [{ ServiceRequestID: id, Summary: 'т'.repeat(1001) }, 'VALUE_IS_NOT_VALID', 'Summary'],
        [{ ServiceRequestID: id, Field5: 'п'.repeat(8001) }, 'VALUE_IS_NOT_VALID', 'Field5'],
        [{ ServiceRequestID: id, Result: 'р'.repeat(8001) }, 'VALUE_IS_NOT_VALID', 'Result'],
        [{ ServiceRequestID: id, Result: 5 }, 'TYPE_MISMATCH', 'Result'],
        [{ ServiceRequestID: id, Summary: 'новая', ServiceRequestStatusID: WELL_KNOWN.statusFinished }, 'PARAM_NOT_EXIST', 'Result'],
      ];
      for (const [params, code, data] of cases) {
        expect(await callWith(f.soap11, 'ServiceRequestEdit', params), JSON.stringify(params).slice(0, 120)).toEqual({ code, data });
      }
      expect(((await callWith(f.soap11, 'ServiceRequestHistory', { ServiceRequestID: id })).data as Row[])).toHaveLength(2);
      expect(await callWith(f.soap11, 'ServiceRequestHistory', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ServiceRequestID' });
      expect(await callWith(f.soap11, 'ServiceRequestHistory', { ServiceRequestID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ServiceRequestID' });
      expect(await callWith(f.soap11, 'ServiceRequestHistory', { ServiceRequestID: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceRequestID' });
    });
  });
});
