import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

const OPERATIONS = [
  ['ClientSetClientManager', 'ClientManager'],
  ['ClientSetServiceManager', 'ServiceManager'],
] as const;

describe('PartnerWebAPI2 ClientSetClientManager / ClientSetServiceManager (spec 3.1–3.2)', () => {
  // 10 calls an hour by day (spec 4.2): the hourly limit is tested with the batches.
  const f = useMock({ limits: false });
  const send = (op: string, p: Record<string, ParamInput> = {}) => callWith(f.soap11, op, p);
  const client = async (id: string): Promise<Row | undefined> =>
    ((await send('ClientRead')).data as Row[]).find((r) => r.ClientID === id);
  const otherSpecialist = () =>
    (f.mock.runtime.db.prepare("SELECT id FROM specialists WHERE account = 'demo' AND partner_id = ? AND deleted = 0 AND id <> ? LIMIT 1")
      .get(WELL_KNOWN.partner, WELL_KNOWN.specialist) as { id: string }).id;
  const deletedSpecialist = () =>
    (f.mock.runtime.db.prepare("SELECT id FROM specialists WHERE account = 'demo' AND partner_id = ? AND deleted = 1 LIMIT 1").get(WELL_KNOWN.partner) as { id: string }).id;

  describe.each(bothVersions(f))('over %s', (_name, soap) => {
    it.each(OPERATIONS)('%s sets and clears the field that ClientRead shows as %s', async (op, column) => {
      const other = otherSpecialist();
      expect(await callWith(soap(), op, { ClientID: WELL_KNOWN.ownClient, SpecialistID: other })).toEqual({ code: 'SUCCESS', data: null });
      expect((await client(WELL_KNOWN.ownClient))?.[column]).toBe(other);
      expect(await callWith(soap(), op, { ClientID: WELL_KNOWN.ownClient, SpecialistID: '00000000-0000-0000-0000-000000000000' })).toEqual({ code: 'SUCCESS', data: null });
      expect((await client(WELL_KNOWN.ownClient))?.[column]).toBeNull();
      expect(await callWith(soap(), op, { ClientID: WELL_KNOWN.ownClient, SpecialistID: WELL_KNOWN.specialist.toUpperCase() })).toEqual({ code: 'SUCCESS', data: null });
      expect((await client(WELL_KNOWN.ownClient))?.[column]).toBe(WELL_KNOWN.specialist);
      expect(await callWith(soap(), op, { ClientID: WELL_KNOWN.ownClient, SpecialistID: '' })).toEqual({ code: 'SUCCESS', data: null });
      expect((await client(WELL_KNOWN.ownClient))?.[column]).toBeNull();
    });
  });

  it.each(OPERATIONS)('%s moves the client into the ClientRead ChangedFrom window', async (op) => {
    const since = async () => ((await send('ClientRead', { ChangedFrom: { dateTime: '2024-03-01T11:59:00' } })).data as Row[]).map((r) => r.ClientID);
    expect(await since()).not.toContain(WELL_KNOWN.ownClient);
    expect((await send(op, { ClientID: WELL_KNOWN.ownClient, SpecialistID: otherSpecialist() })).code).toBe('SUCCESS');
    expect(await since()).toContain(WELL_KNOWN.ownClient);
  });

  it.each(OPERATIONS)('%s answers each error with the parameter name', async (op) => {
    const ok = { ClientID: WELL_KNOWN.ownClient, SpecialistID: WELL_KNOWN.specialist };
    expect(await send(op, { SpecialistID: WELL_KNOWN.specialist })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientID' });
    expect(await send(op, { ClientID: WELL_KNOWN.ownClient })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'SpecialistID' });
    expect(await send(op, { ...ok, ClientID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientID' });
    expect(await send(op, { ...ok, ClientID: 5 })).toEqual({ code: 'TYPE_MISMATCH', data: 'ClientID' });
    expect(await send(op, { ...ok, SpecialistID: true })).toEqual({ code: 'TYPE_MISMATCH', data: 'SpecialistID' });
    expect(await send(op, { ...ok, ClientID: WELL_KNOWN.invisibleClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await send(op, { ...ok, ClientID: WELL_KNOWN.deletedOwnClient })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    expect(await send(op, { ...ok, SpecialistID: 'not-an-id' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await send(op, { ...ok, SpecialistID: WELL_KNOWN.servedForeignSpecialist })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await send(op, { ...ok, SpecialistID: WELL_KNOWN.ownClientUser })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await send(op, { ...ok, SpecialistID: deletedSpecialist() })).toEqual({ code: 'UID_NOT_CORRECT', data: 'SpecialistID' });
    expect(await send(op, { ...ok, ClientID: WELL_KNOWN.thirdPartyClient })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
    expect(await send(op, { ...ok, ClientID: WELL_KNOWN.otherPartner })).toEqual({ code: 'ACCESS_ERROR', data: 'ClientID' });
  });
});
