import { describe, expect, it, onTestFinished } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { checkBatchRules } from '../../support/batch-rules.js';
import { call, callWith, type ParamInput, tableArg } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

const UNKNOWN = '11111111-2222-3333-4444-555555555555';
const EMPTY_DATE = '0001-01-01T00:00:00';

describe('PartnerWebAPI2 user support lines (spec 3.51–3.54)', () => {
  const f = useMock();

  const served = async (params: Record<string, ParamInput> = {}): Promise<Row[]> => {
    const r = await callWith(f.soap11, 'UserServiceLineRead', params);
    expect(r.code).toBe('SUCCESS');
    return r.data as Row[];
  };
  const find = (rows: Row[], user: string, line: string) => rows.find((r) => r.ServiceUserID === user && r.ServiceID === line);
  /** A live user of the demo partner's own client, read from the seeded store. */
  const ownClientUser = (deleted = 0): string =>
    (f.mock.runtime.db
      .prepare(`SELECT u.id FROM client_users u JOIN clients c ON c.account = u.account AND c.id = u.client_id
                WHERE u.account = 'demo' AND c.owner_partner_id = ? AND u.deleted = ? ORDER BY u.login LIMIT 1`)
      .get(WELL_KNOWN.partner, deleted) as { id: string }).id;
  const clientVisible = async (id: string) => ((await callWith(f.soap11, 'ClientRead')).data as Row[]).some((c) => c.ClientID === id);
  const setZone = (utcOffset: string) =>
    fetch(`${f.mock.url}/admin/api/accounts/demo/settings`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ utcOffset }) });

  it('UserServiceLineRead lists own and third-party receivers on the partner\'s lines, ServiceUserID first', async () => {
    const rows = await served();
    expect(Object.keys(rows[0])).toEqual(['ServiceUserID', 'ServiceID', 'CreateTime', 'ActivateDate', 'ExpiresDate']);
    expect(find(rows, WELL_KNOWN.thirdPartyClientUser, WELL_KNOWN.supportLine)).toBeDefined();
    expect(find(rows, WELL_KNOWN.specialist, WELL_KNOWN.supportLine)).toBeDefined();
    expect(rows.some((r) => r.ServiceID === WELL_KNOWN.vendorLine)).toBe(true);
    expect(rows.some((r) => r.ServiceUserID === WELL_KNOWN.invisibleClientUser)).toBe(false);
    for (const r of rows) expect(r.ActivateDate! >= r.CreateTime!).toBe(true);
  });

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('UserServiceLineAdd, Edit and Delete change what UserServiceLineRead shows', async () => {
      const user = ownClientUser();
      const key = { ServiceUserID: user, ServiceID: WELL_KNOWN.vendorLine };
      await callWith(client(), 'UserServiceLineDelete', key);
      expect(find(await served(), user, WELL_KNOWN.vendorLine)).toBeUndefined();
      expect(await callWith(client(), 'UserServiceLineAdd', { ...key, ActivateDate: { dateTime: '2024-03-10T09:00:00' } })).toEqual({ code: 'SUCCESS', data: null });
      expect(find(await served(), user, WELL_KNOWN.vendorLine)).toEqual({ ...key, CreateTime: '2024-03-01T12:00:00', ActivateDate: '2024-03-10T09:00:00', ExpiresDate: EMPTY_DATE });
      expect(await callWith(client(), 'UserServiceLineEdit', { ...key, ExpiresDate: { dateTime: '2025-03-10T00:00:00' } })).toEqual({ code: 'SUCCESS', data: null });
      expect(find(await served(), user, WELL_KNOWN.vendorLine)).toMatchObject({ ActivateDate: '2024-03-10T09:00:00', ExpiresDate: '2025-03-10T00:00:00' });
      expect(await callWith(client(), 'UserServiceLineDelete', key)).toEqual({ code: 'SUCCESS', data: null });
      expect(find(await served(), user, WELL_KNOWN.vendorLine)).toBeUndefined();
      expect(await callWith(client(), 'UserServiceLineDelete', key)).toEqual({ code: 'SUCCESS', data: null });
      expect(await callWith(client(), 'UserServiceLineEdit', { ...key, ExpiresDate: { dateTime: '2025-03-10T00:00:00' } })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    });
  });

  it('dates are in the server zone (GMT+3) while ChangedFrom is in the account zone', async () => {
    expect((await setZone('+05:00')).ok).toBe(true);
    onTestFinished(async () => void (await setZone('+03:00')));
    const key = { ServiceUserID: WELL_KNOWN.foreignSpecialist, ServiceID: WELL_KNOWN.supportLine };
    expect(await callWith(f.soap11, 'UserServiceLineAdd', { ...key, CreateTime: { dateTime: '2024-02-29T10:00:00' }, ActivateDate: { dateTime: '2024-03-01T00:00:00+00:00' } })).toEqual({ code: 'SUCCESS', data: null });
    // The call ran at 09:00 UTC: 14:00 in the account's +05:00.
    const since = (t: string) => served({ ChangedFrom: { dateTime: t } });
    expect(await since('2024-03-01T14:00:00')).toEqual([{ ...key, CreateTime: '2024-02-29T10:00:00', ActivateDate: '2024-03-01T03:00:00', ExpiresDate: EMPTY_DATE }]);
    expect(await since('2024-03-01T14:00:01')).toEqual([]);
  });

  it('an edit moves a subscription into the ChangedFrom window', async () => {
    const window = { ChangedFrom: { dateTime: '2024-03-01T11:00:00' } };
    expect(await served(window)).toEqual([]);
    await callWith(f.soap11, 'UserServiceLineEdit', { ServiceUserID: WELL_KNOWN.thirdPartyClientUser, ServiceID: WELL_KNOWN.supportLine, ExpiresDate: { dateTime: '2024-12-31T23:59:59' } });
    expect(await served(window)).toEqual([expect.objectContaining({ ServiceUserID: WELL_KNOWN.thirdPartyClientUser, ExpiresDate: '2024-12-31T23:59:59' })]);
    expect(await callWith(f.soap11, 'UserServiceLineRead', { ChangedFrom: { dateTime: EMPTY_DATE } })).toEqual({ code: 'EMPTY_PARAM', data: 'ChangedFrom' });
  });

  it('serving a third party\'s user makes its client visible, and ending it hides the client again', async () => {
    const key = { ServiceUserID: WELL_KNOWN.invisibleClientUser, ServiceID: WELL_KNOWN.supportLine };
    expect(await clientVisible(WELL_KNOWN.invisibleClient)).toBe(false);
    expect(await callWith(f.soap11, 'UserServiceLineAdd', key)).toEqual({ code: 'SUCCESS', data: null });
    expect(await clientVisible(WELL_KNOWN.invisibleClient)).toBe(true);
    expect(await callWith(f.soap11, 'ClientEdit', { ClientID: WELL_KNOWN.invisibleClient, Name: 'Чужой' })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await callWith(f.soap11, 'UserServiceLineAdd', { ...key, ServiceID: WELL_KNOWN.vendorLine })).toEqual({ code: 'SUCCESS', data: null });
    expect(await callWith(f.soap11, 'UserServiceLineDelete', key)).toEqual({ code: 'SUCCESS', data: null });
    expect(await clientVisible(WELL_KNOWN.invisibleClient)).toBe(true);
    expect(await callWith(f.soap11, 'UserServiceLineDelete', { ...key, ServiceID: WELL_KNOWN.vendorLine })).toEqual({ code: 'SUCCESS', data: null });
    expect(await clientVisible(WELL_KNOWN.invisibleClient)).toBe(false);
  });

  it('answers each parameter error with its code and the parameter name', async () => {
    const add = (p: Record<string, ParamInput>) => callWith(f.soap11, 'UserServiceLineAdd', p);
    const user = ownClientUser();
    const line = WELL_KNOWN.supportLine;
    expect(await add({ ServiceID: line })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ServiceUserID' });
    expect(await add({ ServiceUserID: user })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ServiceID' });
    expect(await add({ ServiceUserID: '', ServiceID: line })).toEqual({ code: 'EMPTY_PARAM', data: 'ServiceUserID' });
    expect(await add({ ServiceUserID: UNKNOWN, ServiceID: line })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceUserID' });
    expect(await add({ ServiceUserID: ownClientUser(1), ServiceID: line })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceUserID' });
    expect(await add({ ServiceUserID: user, ServiceID: UNKNOWN })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await add({ ServiceUserID: user, ServiceID: WELL_KNOWN.exportedLineImport })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await add({ ServiceUserID: user, ServiceID: WELL_KNOWN.deletedLine })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await add({ ServiceUserID: user, ServiceID: line, CreateTime: { dateTime: EMPTY_DATE } })).toEqual({ code: 'EMPTY_PARAM', data: 'CreateTime' });
    expect(await add({ ServiceUserID: user, ServiceID: line, ActivateDate: 'завтра' })).toEqual({ code: 'TYPE_MISMATCH', data: 'ActivateDate' });
    expect(await add({ ServiceUserID: user, ServiceID: line, ExpiresDate: true })).toEqual({ code: 'TYPE_MISMATCH', data: 'ExpiresDate' });
    expect(await add({ ServiceUserID: user, ServiceID: line, ActivateDate: { dateTime: '2024-05-01T00:00:00' }, ExpiresDate: { dateTime: '2024-04-01T00:00:00' } })).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'ActivateDate: значение должно быть меньше ExpiresDate',
    });
    expect(await callWith(f.soap11, 'UserServiceLineEdit', { ServiceUserID: user, ServiceID: line, ExpiresDate: { dateTime: EMPTY_DATE } })).toEqual({ code: 'EMPTY_PARAM', data: 'ExpiresDate' });
    const specialistKey = { ServiceUserID: WELL_KNOWN.specialist, ServiceID: line };
    expect(await callWith(f.soap11, 'UserServiceLineEdit', { ...specialistKey, ActivateDate: { dateTime: '2024-06-01T00:00:00' } })).toEqual({ code: 'SUCCESS', data: null });
    expect(await callWith(f.soap11, 'UserServiceLineEdit', { ...specialistKey, ExpiresDate: { dateTime: '2024-06-01T00:00:00' } })).toEqual({
      code: 'PARAM_NOT_CORRECT',
      data: 'ExpiresDate: поддержка должна заканчиваться позже даты активации',
    });
    expect(find(await served(), WELL_KNOWN.specialist, line)).toMatchObject({ ActivateDate: '2024-06-01T00:00:00' });
    expect(await callWith(f.soap11, 'UserServiceLineEdit', { ServiceUserID: WELL_KNOWN.invisibleClientUser, ServiceID: line })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ServiceID' });
    expect(await callWith(f.soap11, 'UserServiceLineDelete', { ServiceUserID: ownClientUser(1), ServiceID: WELL_KNOWN.deletedLine })).toEqual({ code: 'SUCCESS', data: null });
  });

  it('a UserServiceLineAdd batch reports each row in place', async () => {
    const result = await call(
      f.soap11,
      'UserServiceLineAdd',
      tableArg(
        ['ServiceUserID', 'ServiceID'],
        [
          [WELL_KNOWN.foreignSpecialist, WELL_KNOWN.vendorLine],
          [UNKNOWN, WELL_KNOWN.vendorLine],
          [WELL_KNOWN.foreignSpecialist, WELL_KNOWN.deletedLine],
        ],
      ),
    );
    expect(result).toEqual({
      code: 'SUCCESS',
      data: [
        { ResultCode: 'SUCCESS', ResultData: null },
        { ResultCode: 'UID_NOT_CORRECT', ResultData: 'ServiceUserID' },
        { ResultCode: 'UID_NOT_CORRECT', ResultData: 'ServiceID' },
      ],
    });
    expect(find(await served(), WELL_KNOWN.foreignSpecialist, WELL_KNOWN.vendorLine)).toBeDefined();
  });

  it.each([
    ['UserServiceLineAdd', ['ServiceUserID', 'ServiceID', 'ExpiresDate']],
    ['UserServiceLineEdit', ['ServiceUserID', 'ServiceID', 'ExpiresDate']],
    ['UserServiceLineDelete', ['ServiceUserID', 'ServiceID']],
  ])('%s: 100 rows one by one, 101 refused, required columns named', async (op, columns) => {
    const users = [WELL_KNOWN.specialist, WELL_KNOWN.thirdPartyClientUser];
    const row = (i: number): ParamInput[] => [users[i % 2], WELL_KNOWN.supportLine, { dateTime: `2025-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00` }].slice(0, columns.length);
    const data = await checkBatchRules(f, op, columns, row, ['ServiceUserID', 'ServiceID']);
    expect(data.every((r) => r.ResultCode === 'SUCCESS')).toBe(true);
  });
});
