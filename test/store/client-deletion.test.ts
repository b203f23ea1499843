import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { setClock } from '../support/mock-server.js';
import { rows, usePartnerApi } from '../support/partner-api.js';
import { callWith, type ParamInput } from '../support/soap-client.js';

type Row = Record<string, string | null>;

/** One deletion of a client for both APIs (src/store/client-deletion.ts): its users go with it. */
describe('deleting a client through PartnerWebAPI2 ClientDelete and PartnerAPI client_delete', () => {
  const api = usePartnerApi();
  const web = async (op: string, p: Record<string, ParamInput> = {}) => {
    const r = await callWith(api.web, op, p);
    expect(r.code, `${op}: ${JSON.stringify(r.data)}`).toBe('SUCCESS');
    return r.data as Row[];
  };
  const usersOfClient = () => web('ClientUserRead', { ClientID: WELL_KNOWN.ownClient });
  const servedUsers = async () => new Set((await web('UserServiceLineRead')).map((r) => r.ServiceUserID));
  const count = (sql: string) => (api.mock.runtime.db.prepare(sql).get('demo', WELL_KNOWN.ownClient) as { n: number }).n;

  it('ClientDelete marks every user of the client deleted, disconnects their lines, and PartnerAPI reads the same', async () => {
    const before = await usersOfClient();
    expect(before.some((u) => u.ClientUserID === WELL_KNOWN.ownClientUser && u.Deleted === 'false')).toBe(true);
    expect((await servedUsers()).has(WELL_KNOWN.requesterUser)).toBe(true);

    await setClock(api.mock.url, '2024-03-02T10:00:00+03:00');
    expect(await callWith(api.web, 'ClientDelete', { ClientID: WELL_KNOWN.ownClient })).toEqual({ code: 'SUCCESS', data: null });

    const after = await usersOfClient();
    expect(after.map((u) => u.ClientUserID).sort()).toEqual(before.map((u) => u.ClientUserID).sort());
    expect(after.every((u) => u.Deleted === 'true')).toBe(true);
    // The users that were live changed with the client; the one deleted before keeps its change time.
    const changed = await web('ClientUserRead', { ClientID: WELL_KNOWN.ownClient, ChangedFrom: { dateTime: '2024-03-02T10:00:00' } });
    expect(changed.map((u) => u.ClientUserID).sort()).toEqual(before.filter((u) => u.Deleted === 'false').map((u) => u.ClientUserID).sort());
    expect((await web('ClientRead', { ChangedFrom: { dateTime: '2024-03-02T10:00:00' } })).map((c) => [c.ClientID, c.Deleted])).toEqual([[WELL_KNOWN.ownClient, 'true']]);
    const served = await servedUsers();
    expect(before.some((u) => served.has(u.ClientUserID))).toBe(false);
    expect(count('SELECT COUNT(*) AS n FROM agents WHERE account = ? AND agent_type = 2 AND owner_id = ? AND active = 1')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM services WHERE account = ? AND client_id = ? AND stopped = 0')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM client_visibility WHERE account = ? AND client_id = ?')).toBe(0);

    const operandUsers = await rows(api.client, 'client_user_read', { client_id: WELL_KNOWN.ownClient, include_deleted: true });
    expect(operandUsers.length).toBe(before.length);
    expect(operandUsers.every((u) => u.client_user_del === 'true')).toBe(true);
    expect(await rows(api.client, 'client_user_read', { client_id: WELL_KNOWN.ownClient })).toEqual([]);

    // A second ClientDelete changes nothing, not even the change times.
    await setClock(api.mock.url, '2024-03-03T10:00:00+03:00');
    expect(await callWith(api.web, 'ClientDelete', { ClientID: WELL_KNOWN.ownClient })).toEqual({ code: 'SUCCESS', data: null });
    expect(await web('ClientRead', { ChangedFrom: { dateTime: '2024-03-03T10:00:00' } })).toEqual([]);
    expect(await web('ClientUserRead', { ChangedFrom: { dateTime: '2024-03-03T10:00:00' } })).toEqual([]);
  });

  it('client_delete deletes the users as ClientDelete does; calling it again restores the client but not its users', async () => {
    const before = await usersOfClient();
    const [deleted] = await rows(api.client, 'client_delete', { client_id: WELL_KNOWN.ownClient });
    expect(deleted.client_del).toBe('true');
    expect((await usersOfClient()).every((u) => u.Deleted === 'true')).toBe(true);
    const served = await servedUsers();
    expect(before.some((u) => served.has(u.ClientUserID))).toBe(false);
    expect((await web('ClientRead')).find((c) => c.ClientID === WELL_KNOWN.ownClient)?.Deleted).toBe('true');

    const [restored] = await rows(api.client, 'client_delete', { client_id: WELL_KNOWN.ownClient });
    expect(restored.client_del).toBe('false');
    expect((await web('ClientRead')).find((c) => c.ClientID === WELL_KNOWN.ownClient)?.Deleted).toBe('false');
    expect((await usersOfClient()).every((u) => u.Deleted === 'true')).toBe(true);
    expect(await callWith(api.web, 'ClientUserEdit', { ClientUserID: WELL_KNOWN.ownClientUser, Name: 'Снова' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientUserID' });
  });
});
