import type { Client } from 'soap';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import { callWith, soapClient } from '../support/soap-client.js';
import { basicAuth, soapRequest } from '../server/wire.js';
import { resetAccount } from '../../src/runtime.js';

const DAY = '2024-03-01T12:00:00+03:00';

let mock: RunningMock;
let demo: Client;
let alice: Client;
beforeAll(async () => {
  mock = await startMock({ accounts: [{ login: 'alice', password: 'secret' }] });
  demo = await soapClient(mock.url);
  alice = await soapClient(mock.url, 'PartnerWebAPI2', { login: 'alice', password: 'secret' });
});
afterAll(() => mock.close());
beforeEach(() => {
  for (const login of ['demo', 'alice']) {
    resetAccount(mock.runtime, login);
  }
});

async function addClient(client: Client, name: string): Promise<string> {
  const { code, data } = await callWith(client, 'ClientAdd', { Name: name, RegionID: WELL_KNOWN.regionMoscow });
  expect(code).toBe('SUCCESS');
  return (data as { ClientID: string }).ClientID;
}

async function clientIds(client: Client): Promise<string[]> {
  const { code, data } = await callWith(client, 'ClientRead');
  expect(code).toBe('SUCCESS');
  return (data as { ClientID: string }[]).map((row) => row.ClientID);
}

describe('authentication per account', () => {
  const regionRead = (login: string, password: string) =>
    postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, soapRequest('1.1', 'RegionRead'), { Authorization: basicAuth(login, password) });

  it('accepts alice with her own password', async () => {
    const res = await regionRead('alice', 'secret');
    expect(res.status).toBe(200);
    expect(decodeResponse(res.text).code).toBe('SUCCESS');
  });

  it("refuses alice with demo's password", async () => {
    const res = await regionRead('alice', 'demo');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="1C:Enterprise 8.3"');
  });

  it("refuses demo with alice's password", async () => {
    expect((await regionRead('demo', 'secret')).status).toBe(401);
  });
});

describe.each([
  ['demo', 'alice'],
  ['alice', 'demo'],
] as const)('a client added by %s', (ownerLogin, otherLogin) => {
  const clients = () => ({ owner: ownerLogin === 'demo' ? demo : alice, other: otherLogin === 'demo' ? demo : alice });

  it(`is listed for ${ownerLogin} and not for ${otherLogin}`, async () => {
    const { owner, other } = clients();
    const id = await addClient(owner, 'ООО «Своя тайна»');
    expect(await clientIds(owner)).toContain(id);
    expect(await clientIds(other)).not.toContain(id);
  });

  it(`cannot be edited by ${otherLogin}`, async () => {
    const { owner, other } = clients();
    const id = await addClient(owner, 'ООО «Своя тайна»');
    expect(await callWith(other, 'ClientEdit', { ClientID: id, Name: 'Чужая правка' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
  });

  it(`cannot be deleted by ${otherLogin}`, async () => {
    const { owner, other } = clients();
    const id = await addClient(owner, 'ООО «Своя тайна»');
    expect(await callWith(other, 'ClientDelete', { ClientID: id })).toEqual({ code: 'UID_NOT_CORRECT', data: 'ClientID' });
    const { data } = await callWith(owner, 'ClientRead');
    expect(data).toContainEqual(expect.objectContaining({ ClientID: id, Name: 'ООО «Своя тайна»', Deleted: 'false' }));
  });
});

describe('seeded objects', () => {
  it("are separate copies: demo's edit of the well-known client leaves alice's unchanged", async () => {
    const edited = await callWith(demo, 'ClientEdit', { ClientID: WELL_KNOWN.ownClient, Name: 'ООО «Переименовано»' });
    expect(edited).toEqual({ code: 'SUCCESS', data: null });
    const name = async (client: Client) =>
      ((await callWith(client, 'ClientRead')).data as { ClientID: string; Name: string }[]).find((c) => c.ClientID === WELL_KNOWN.ownClient)?.Name;
    expect(await name(demo)).toBe('ООО «Переименовано»');
    expect(await name(alice)).not.toBe('ООО «Переименовано»');
    expect(await name(alice)).toEqual(expect.any(String));
  });
});

describe('hourly limits per account', () => {
  it("does not spend alice's budget on demo's calls", async () => {
    await setClock(mock.url, DAY, 'demo');
    await setClock(mock.url, DAY, 'alice');
    for (let i = 0; i < 25; i++) expect((await callWith(demo, 'RegionRead')).code).toBe('SUCCESS');
    expect((await callWith(demo, 'RegionRead')).code).toBe('OUT_OF_LIMIT');
    expect((await callWith(alice, 'RegionRead')).code).toBe('SUCCESS');
    const res = await fetch(`${mock.url}/admin/api/accounts/alice/limits`);
    const answer = (await res.json()) as { operations: { operation: string; used: number; limit: number }[] };
    expect(answer.operations.find((o) => o.operation === 'RegionRead')).toMatchObject({ used: 1, limit: 25 });
  });

  it('keeps a clock per account', async () => {
    await setClock(mock.url, DAY, 'demo');
    const res = await fetch(`${mock.url}/admin/api/accounts/alice/clock`, { method: 'DELETE' });
    expect(await res.json()).toMatchObject({ login: 'alice', virtual: false });
    const demoLimits = (await (await fetch(`${mock.url}/admin/api/accounts/demo/limits`)).json()) as { now: string };
    expect(demoLimits.now).toBe('2024-03-01T09:00:00.000Z');
  });
});

describe('reset per account', () => {
  it("does not touch alice's data when demo is reset", async () => {
    const aliceId = await addClient(alice, 'ООО «Алиса»');
    const demoId = await addClient(demo, 'ООО «Демо»');
    const res = await fetch(`${mock.url}/admin/api/accounts/demo/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await clientIds(demo)).not.toContain(demoId);
    expect(await clientIds(alice)).toContain(aliceId);
  });
});
