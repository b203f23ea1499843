import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { checkBatchRules } from '../../support/batch-rules.js';
import { call, callWith, type ParamInput, tableArg } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, unknown>;

const UNKNOWN = '11111111-2222-3333-4444-555555555555';

const SCHEDULE = {
  AvailableOnMonday: true,
  AvailableOnTuesday: true,
  AvailableOnWednesday: true,
  AvailableOnThursday: true,
  AvailableOnFriday: true,
  AvailableOnSaturday: false,
  AvailableOnSunday: false,
  StartTime: { dateTime: '0001-01-01T09:30:00' },
  EndTime: { dateTime: '2024-05-06T18:00:00+05:00' },
} satisfies Record<string, ParamInput>;

describe('PartnerWebAPI2 support lines (spec 3.34–3.37)', () => {
  const f = useMock();

  const lines = async (params: Record<string, ParamInput> = {}): Promise<Row[]> => {
    const r = await callWith(f.soap11, 'ServiceLineKindRead', params);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const byId = async (id: string) => (await lines({ ChangedFrom: { dateTime: '2000-01-01T00:00:00' } })).find((r) => r.ServiceID === id);

  it('ServiceLineKindRead lists own, exported and imported lines in the spec\'s column order', async () => {
    const rows = await lines();
    const columns = Object.keys(rows[0]);
    expect(columns.slice(0, 8)).toEqual(['ServiceID', 'Deleted', 'Name', 'DisplayedName', 'DisplayedHint', 'DescriptionLink', 'OwnerType', 'VendorID']);
    expect(columns).toHaveLength(35);
    expect(columns.at(-1)).toBe('SearchAreaVisibility');
    expect(rows.find((r) => r.ServiceID === WELL_KNOWN.supportLine)).toMatchObject({ Name: 'Линия консультации по 1С', OwnerType: 'EXPORTED', VendorID: null, RequiringPayment: 'false', Deleted: 'false' });
    expect(rows.find((r) => r.ServiceID === WELL_KNOWN.vendorLine)).toMatchObject({ OwnerType: 'IMPORTED', VendorID: WELL_KNOWN.vendorPartner, RequiringPayment: 'true' });
    expect(rows.filter((r) => r.OwnerType === 'INTERNAL')).toHaveLength(2);
    expect(rows.some((r) => r.ServiceID === WELL_KNOWN.deletedLine || r.ServiceID === WELL_KNOWN.exportedLineImport)).toBe(false);
    for (const r of rows) {
      const s = r.ScheduleOfServiceAvailability as Row | null;
      expect(s === null ? r.ScheduleOfServiceAvailabilityEnabled : Object.keys(s)).toEqual(
        s === null ? 'false' : ['AvailableOnMonday', 'AvailableOnTuesday', 'AvailableOnWednesday', 'AvailableOnThursday', 'AvailableOnFriday', 'AvailableOnSaturday', 'AvailableOnSunday', 'StartTime', 'EndTime'],
      );
      if (s) expect(s.StartTime).toMatch(/^0001-01-01T\d{2}:00:00$/);
    }
  });

  it('ChangedFrom also shows deleted lines, and an edit moves a line into the window', async () => {
    const window = { ChangedFrom: { dateTime: '2024-03-01T11:00:00' } };
    expect(await lines(window)).toEqual([]);
    expect((await byId(WELL_KNOWN.deletedLine))?.Deleted).toBe('true');
    expect(await callWith(f.soap11, 'ServiceLineKindEdit', { ServiceID: WELL_KNOWN.supportLine, DisplayedName: 'Консультации 1С' })).toEqual({ code: 'SUCCESS', data: null });
    expect((await lines(window)).map((r) => [r.ServiceID, r.DisplayedName])).toEqual([[WELL_KNOWN.supportLine, 'Консультации 1С']]);
    expect(await callWith(f.soap11, 'ServiceLineKindRead', { ChangedFrom: { dateTime: '0001-01-01T00:00:00' } })).toEqual({ code: 'EMPTY_PARAM', data: 'ChangedFrom' });
  });

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('ServiceLineKindAdd, Edit and Delete change what ServiceLineKindRead shows', async () => {
      const added = await callWith(client(), 'ServiceLineKindAdd', {
        Name: 'Линия по 1С:Документообороту',
        DisplayedName: 'Документооборот',
        DislpayedHint: 'Вопросы по 1С:Документообороту',
        EMailForNotifications: 'do@demo-partner.ru; head@demo-partner.ru',
        NotifyAtDaysBeforeExpires: 0,
        MaxQueueTimeBySLA: 99_999,
        CriticalQueueLength: 99,
        CloseTreatmentAfterInactivityForSeveralDays: 90,
        ScheduleOfServiceAvailabilityEnabled: true,
        ScheduleOfServiceAvailability: { structure: SCHEDULE },
        MessageDeliveryPriority: 'FIRST_TO_MANAGER',
        MaximumQualityMarkToNotifyPartner: 0,
        ServiceQueueLimitEnabled: true,
        ServiceQueueLimit: 1,
        SearchAreaVisibility: 'FOR_CUSTOMERS_IN_MY_COUNTRY',
      });
      expect(added.code).toBe('SUCCESS');
      const id = (added.data as Row).ServiceID as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await byId(id)).toEqual({
        ServiceID: id,
        Deleted: 'false',
        Name: 'Линия по 1С:Документообороту',
        DisplayedName: 'Документооборот',
        DisplayedHint: 'Вопросы по 1С:Документообороту',
        DescriptionLink: '',
        OwnerType: 'INTERNAL',
        VendorID: null,
        EMailForNotifications: 'do@demo-partner.ru; head@demo-partner.ru',
        NotifyBeforeExpires: 'false',
        NotifyAtDaysBeforeExpires: '10',
        ServiceUsersAudience: 'ALL',
        OfferServiceForClients: 'false',
        OfferServiceForSpecialists: 'false',
        AutoConnectServiceForClients: 'false',
        AutoConnectServiceForSpecialists: 'false',
        AutoAcceptRequestForConnectService: 'false',
        CloseTreatmentAfterInactivityForSeveralDays: '90',
        MaxQueueTimeBySLA: '99999',
        MaxSpecialistReactionTimeBySLA: '0',
        MaxTreatmentTimeBySLA: '0',
        NotifyOfNoAppointedSpec: 'false',
        NotifyOfCriticalQueueLengthReached: 'false',
        CriticalQueueLength: '99',
        ScheduleOfServiceAvailabilityEnabled: 'true',
        ScheduleOfServiceAvailability: {
          AvailableOnMonday: 'true',
          AvailableOnTuesday: 'true',
          AvailableOnWednesday: 'true',
          AvailableOnThursday: 'true',
          AvailableOnFriday: 'true',
          AvailableOnSaturday: 'false',
          AvailableOnSunday: 'false',
          StartTime: '0001-01-01T09:30:00',
          EndTime: '0001-01-01T18:00:00',
        },
        MessageDeliveryPriority: 'FIRST_TO_MANAGER',
        MaximumQualityMarkToNotifyPartner: '0',
        ServiceQueueLimitEnabled: 'true',
        ServiceQueueLimit: '1',
        AutoAcceptRequestForImport: 'false',
        EnableFirstLineOnImport: 'false',
        RequiringPayment: 'false',
        EnableSearch: 'false',
        SearchAreaVisibility: 'FOR_CUSTOMERS_IN_MY_COUNTRY',
      });
      expect(
        await callWith(client(), 'ServiceLineKindEdit', {
          ServiceID: id,
          Name: 'Линия 1С:ДО',
          DisplayedHint: '',
          ScheduleOfServiceAvailabilityEnabled: false,
          ScheduleOfServiceAvailability: { structure: { ...SCHEDULE, AvailableOnSaturday: true, StartTime: { dateTime: '0001-01-01T10:00:00' } } },
          MaxTreatmentTimeBySLA: 240,
        }),
      ).toEqual({ code: 'SUCCESS', data: null });
      expect(await byId(id)).toMatchObject({ Name: 'Линия 1С:ДО', DisplayedHint: '', ScheduleOfServiceAvailability: null, MaxTreatmentTimeBySLA: '240' });
      // The schedule is kept whether or not it is in use.
      await callWith(client(), 'ServiceLineKindEdit', { ServiceID: id, ScheduleOfServiceAvailabilityEnabled: true });
      expect((await byId(id))?.ScheduleOfServiceAvailability).toMatchObject({ AvailableOnSaturday: 'true', StartTime: '0001-01-01T10:00:00' });

      expect(await callWith(client(), 'ServiceLineKindDelete', { ServiceID: id })).toEqual({ code: 'SUCCESS', data: null });
      expect((await lines()).some((r) => r.ServiceID === id)).toBe(false);
      expect((await byId(id))?.Deleted).toBe('true');
      expect(await callWith(client(), 'ServiceLineKindDelete', { ServiceID: id })).toEqual({ code: 'SUCCESS', data: null });
      expect(await callWith(client(), 'ServiceLineKindEdit', { ServiceID: id, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    });
  });

  it('ServiceLineKindAdd checks every range, enum and length', async () => {
    const add = (p: Record<string, ParamInput>) => callWith(f.soap11, 'ServiceLineKindAdd', { Name: 'Линия', ...p });
    expect(await callWith(f.soap11, 'ServiceLineKindAdd', {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'Name' });
    expect(await add({ Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await add({ Name: 'Я'.repeat(51) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    expect(await add({ DisplayedName: 'Я'.repeat(101) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'DisplayedName' });
    expect(await add({ DisplayedHint: 'Я'.repeat(101) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'DisplayedHint' });
    expect(await add({ DescriptionLink: 'h'.repeat(301) })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'DescriptionLink' });
    expect(await add({ EMailForNotifications: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'EMailForNotifications' });
    expect(await add({ EMailForNotifications: 'a@demo.ru, не почта' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'EMailForNotifications' });
    expect(await add({ NotifyAtDaysBeforeExpires: 31 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'NotifyAtDaysBeforeExpires' });
    expect(await add({ ServiceUsersAudience: 'NOBODY' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'ServiceUsersAudience' });
    expect(await add({ ServiceUsersAudience: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ServiceUsersAudience' });
    expect(await add({ OfferServiceForClients: 'да' })).toEqual({ code: 'TYPE_MISMATCH', data: 'OfferServiceForClients' });
    expect(await add({ CloseTreatmentAfterInactivityForSeveralDays: 91 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'CloseTreatmentAfterInactivityForSeveralDays' });
    expect(await add({ MaxQueueTimeBySLA: 1.5 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'MaxQueueTimeBySLA' });
    expect(await add({ MaxQueueTimeBySLA: 100_000 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'MaxQueueTimeBySLA' });
    expect(await add({ MaxSpecialistReactionTimeBySLA: -1 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'MaxSpecialistReactionTimeBySLA' });
    expect(await add({ MaxTreatmentTimeBySLA: 100_000 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'MaxTreatmentTimeBySLA' });
    expect(await add({ CriticalQueueLength: 100 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'CriticalQueueLength' });
    expect(await add({ CriticalQueueLength: 0 })).toEqual({ code: 'EMPTY_PARAM', data: 'CriticalQueueLength' });
    expect(await add({ MessageDeliveryPriority: 'FIRST' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'MessageDeliveryPriority' });
    expect(await add({ MaximumQualityMarkToNotifyPartner: 6 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'MaximumQualityMarkToNotifyPartner' });
    expect(await add({ ServiceQueueLimit: 100 })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'ServiceQueueLimit' });
    expect(await add({ ServiceQueueLimit: 0 })).toEqual({ code: 'EMPTY_PARAM', data: 'ServiceQueueLimit' });
    expect(await add({ SearchAreaVisibility: 'NONE' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'SearchAreaVisibility' });
    expect(await add({ SearchAreaVisibility: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'SearchAreaVisibility' });
  });

  it('the schedule Structure: every field must exist, StartTime before EndTime', async () => {
    const add = (schedule: ParamInput) => callWith(f.soap11, 'ServiceLineKindAdd', { Name: 'Линия', ScheduleOfServiceAvailability: schedule });
    const { EndTime: _e, ...withoutEnd } = SCHEDULE;
    const { AvailableOnSunday: _s, ...withoutSunday } = SCHEDULE;
    expect(await add({ structure: withoutEnd })).toEqual({ code: 'STRUCTURE_IS_INVALID', data: 'EndTime' });
    expect(await add({ structure: withoutSunday })).toEqual({ code: 'STRUCTURE_IS_INVALID', data: 'AvailableOnSunday' });
    expect(await add('пн-пт 9-18')).toEqual({ code: 'TYPE_MISMATCH', data: 'ScheduleOfServiceAvailability' });
    expect(await add({ structure: { ...SCHEDULE, AvailableOnMonday: 'да' } })).toEqual({ code: 'TYPE_MISMATCH', data: 'AvailableOnMonday' });
    expect(await add({ structure: { ...SCHEDULE, StartTime: 'девять' } })).toEqual({ code: 'TYPE_MISMATCH', data: 'StartTime' });
    expect(await add({ structure: { ...SCHEDULE, StartTime: { dateTime: '2024-01-01T18:00:00' } } })).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'StartTime: значение должно быть меньше EndTime',
    });
    // Only the time of day counts: an earlier date with a later time is still refused.
    expect(await add({ structure: { ...SCHEDULE, StartTime: { dateTime: '2020-01-01T19:00:00' }, EndTime: { dateTime: '2030-01-01T08:00:00' } } })).toMatchObject({ code: 'PARAM_NOT_CORRECT' });
    expect((await add({ structure: { ...SCHEDULE, StartTime: { dateTime: '0001-01-01T00:00:00' } } })).code).toBe('SUCCESS');
    expect((await add({ structure: {} })).code).toBe('SUCCESS');
    expect((await add(null)).code).toBe('SUCCESS');
  });

  it('an imported line: own-only fields and search areas are refused, the rest may change; it cannot be deleted', async () => {
    const edit = (p: Record<string, ParamInput>) => callWith(f.soap11, 'ServiceLineKindEdit', { ServiceID: WELL_KNOWN.vendorLine, ...p });
    for (const field of ['MaxQueueTimeBySLA', 'MaxSpecialistReactionTimeBySLA', 'MaxTreatmentTimeBySLA', 'CriticalQueueLength', 'MaximumQualityMarkToNotifyPartner']) {
      expect(await edit({ [field]: 5 }), field).toEqual({ code: 'ACCESS_ERROR', data: field });
    }
    expect(await edit({ NotifyOfNoAppointedSpec: true })).toEqual({ code: 'ACCESS_ERROR', data: 'NotifyOfNoAppointedSpec' });
    expect(await edit({ NotifyOfCriticalQueueLengthReached: true })).toEqual({ code: 'ACCESS_ERROR', data: 'NotifyOfCriticalQueueLengthReached' });
    expect(await edit({ SearchAreaVisibility: 'FOR_CUSTOMERS_IN_MY_REGION' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'SearchAreaVisibility' });
    expect(await edit({ SearchAreaVisibility: 'FOR_MY_CUSTOMERS', DisplayedName: 'Вендор', EnableSearch: true })).toEqual({ code: 'SUCCESS', data: null });
    expect(await byId(WELL_KNOWN.vendorLine)).toMatchObject({ SearchAreaVisibility: 'FOR_MY_CUSTOMERS', DisplayedName: 'Вендор', EnableSearch: 'true', OwnerType: 'IMPORTED' });
    expect(await callWith(f.soap11, 'ServiceLineKindDelete', { ServiceID: WELL_KNOWN.vendorLine })).toEqual({ code: 'ACCESS_ERROR', data: 'ServiceID' });
  });

  it('ServiceLineKindEdit and Delete refuse unknown, foreign and deleted lines', async () => {
    const edit = (p: Record<string, ParamInput>) => callWith(f.soap11, 'ServiceLineKindEdit', p);
    expect(await edit({ Name: 'Без id' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ServiceID' });
    expect(await edit({ ServiceID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ServiceID' });
    expect(await edit({ ServiceID: 'линия' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await edit({ ServiceID: UNKNOWN })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await edit({ ServiceID: WELL_KNOWN.exportedLineImport, Name: 'Чужая' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await edit({ ServiceID: WELL_KNOWN.deletedLine, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await edit({ ServiceID: WELL_KNOWN.supportLine, Name: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
    expect(await edit({ ServiceID: WELL_KNOWN.supportLine, DisplayedName: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'DisplayedName' });
    expect(await edit({ ServiceID: WELL_KNOWN.supportLine, NotifyAtDaysBeforeExpires: 0 })).toEqual({ code: 'EMPTY_PARAM', data: 'NotifyAtDaysBeforeExpires' });
    expect(await edit({ ServiceID: WELL_KNOWN.supportLine, DislpayedHint: 'Подсказка' })).toEqual({ code: 'SUCCESS', data: null });
    expect(await callWith(f.soap11, 'ServiceLineKindDelete', { ServiceID: WELL_KNOWN.exportedLineImport })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await callWith(f.soap11, 'ServiceLineKindDelete', { ServiceID: WELL_KNOWN.deletedLine })).toEqual({ code: 'SUCCESS', data: null });
  });

  it('deleting a line ends what hangs on it: third-party clients seen through it, its competences and receivers', async () => {
    const visible = async () => ((await callWith(f.soap11, 'ClientRead')).data as Row[]).some((c) => c.ClientID === WELL_KNOWN.thirdPartyClient);
    const onLine = async (op: string) => ((await callWith(f.soap11, op)).data as Row[]).filter((r) => r.ServiceID === WELL_KNOWN.supportLine);
    expect(await visible()).toBe(true);
    expect(await onLine('CompetenceRead')).not.toEqual([]);
    expect(await callWith(f.soap11, 'ServiceLineKindDelete', { ServiceID: WELL_KNOWN.supportLine })).toEqual({ code: 'SUCCESS', data: null });
    expect(await visible()).toBe(false);
    expect(await onLine('CompetenceRead')).toEqual([]);
    expect(await onLine('UserServiceLineRead')).toEqual([]);
    expect(await callWith(f.soap11, 'UserServiceLineAdd', { ServiceUserID: WELL_KNOWN.thirdPartyClientUser, ServiceID: WELL_KNOWN.vendorLine })).toEqual({ code: 'SUCCESS', data: null });
    expect(await visible()).toBe(true);
  });

  it('a ServiceLineKindEdit batch reports each row in place', async () => {
    const result = await call(
      f.soap11,
      'ServiceLineKindEdit',
      tableArg(
        ['ServiceID', 'MaxQueueTimeBySLA'],
        [
          [WELL_KNOWN.supportLine, 15],
          [WELL_KNOWN.vendorLine, 15],
          [WELL_KNOWN.supportLine, 100_000],
          [WELL_KNOWN.deletedLine, 15],
        ],
      ),
    );
    expect(result).toEqual({
      code: 'SUCCESS',
      data: [
        { ResultCode: 'SUCCESS', ResultData: null },
        { ResultCode: 'ACCESS_ERROR', ResultData: 'MaxQueueTimeBySLA' },
        { ResultCode: 'VALUE_IS_NOT_VALID', ResultData: 'MaxQueueTimeBySLA' },
        { ResultCode: 'UID_NOT_CORRECT', ResultData: 'ServiceID' },
      ],
    });
    expect((await byId(WELL_KNOWN.supportLine))?.MaxQueueTimeBySLA).toBe('15');
  });

  it('ServiceLineKindEdit: 100 rows one by one, 101 refused, required columns named', async () => {
    const data = await checkBatchRules(f, 'ServiceLineKindEdit', ['ServiceID', 'CriticalQueueLength'], (i) => [WELL_KNOWN.supportLine, (i % 99) + 1], ['ServiceID']);
    expect(data.every((r) => r.ResultCode === 'SUCCESS')).toBe(true);
    // The last row (i = 99) wins.
    expect((await byId(WELL_KNOWN.supportLine))?.CriticalQueueLength).toBe('1');
  });
});
