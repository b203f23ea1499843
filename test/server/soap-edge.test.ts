import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { decodeResponse } from '../support/decode-response.js';
import { DEMO_AUTH, postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import { basicAuth, bodyElement, envelope, rawPost, readFault, soapRequest } from './wire.js';

const REALM = 'Basic realm="1C:Enterprise 8.3"';
const SOAP11_TYPE = 'text/xml; charset=utf-8';
const SOAP12_TYPE = 'application/soap+xml; charset=utf-8';
const SOAP_ACTION = (op: string) => `"http://buhphone.com/PartnerWebAPI2#PartnerWebAPI2:${op}"`;

let mock: RunningMock;
let endpoint: string;
beforeAll(async () => {
  mock = await startMock();
  endpoint = `${mock.url}/cus/ws/PartnerWebAPI2`;
  await setClock(mock.url, '2024-03-01T12:00:00+03:00');
});
afterAll(() => mock.close());

async function clientCount(): Promise<number> {
  const res = await postSoap(endpoint, soapRequest('1.1', 'ClientRead'));
  const { code, data } = decodeResponse(res.text);
  expect(code).toBe('SUCCESS');
  return (data as unknown[]).length;
}

describe('Basic authentication', () => {
  const regionRead = soapRequest('1.1', 'RegionRead');
  const post = (headers: Record<string, string>, body = regionRead) =>
    fetch(endpoint, { method: 'POST', headers: { 'Content-Type': SOAP11_TYPE, ...headers }, body });

  it.each([
    ['missing credentials', {}],
    ['a wrong password', { Authorization: basicAuth('demo', 'wrong') }],
    ['an unknown login', { Authorization: basicAuth('nobody', 'demo') }],
    ['a non-Basic scheme', { Authorization: 'Bearer demo' }],
  ])('answers 401 with the 1C realm for %s', async (_case, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(REALM);
    expect(await res.text()).toContain('HTTP Basic');
  });

  it('does not process the SOAP body of a refused request', async () => {
    const before = await clientCount();
    const add = soapRequest('1.1', 'ClientAdd', { Name: 'Не должен появиться', RegionID: WELL_KNOWN.regionMoscow });
    const res = await post({ Authorization: basicAuth('demo', 'wrong') }, add);
    expect(res.status).toBe(401);
    expect(await clientCount()).toBe(before);
  });

  it('accepts the demo account', async () => {
    const res = await post({ Authorization: DEMO_AUTH });
    expect(res.status).toBe(200);
    expect(decodeResponse(await res.text()).code).toBe('SUCCESS');
  });
});

describe('SOAP version', () => {
  it('answers a 1.2 envelope sent as text/xml with a SOAPAction as SOAP 1.2', async () => {
    const res = await postSoap(endpoint, soapRequest('1.2', 'RegionRead'), { SOAPAction: SOAP_ACTION('RegionRead') });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe(SOAP12_TYPE);
    expect(res.text).toMatch(/^<soap:Envelope xmlns:soap="http:\/\/www\.w3\.org\/2003\/05\/soap-envelope">/);
    expect(decodeResponse(res.text).code).toBe('SUCCESS');
  });

  it('answers a 1.1 envelope sent as application/soap+xml as SOAP 1.1', async () => {
    const res = await postSoap(endpoint, soapRequest('1.1', 'RegionRead'), { 'Content-Type': SOAP12_TYPE });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe(SOAP11_TYPE);
    expect(res.text).toMatch(/^<soap:Envelope xmlns:soap="http:\/\/schemas\.xmlsoap\.org\/soap\/envelope\/">/);
  });

  it("dispatches on the Body's operation, not on SOAPAction", async () => {
    const res = await postSoap(endpoint, soapRequest('1.1', 'RegionRead'), { SOAPAction: SOAP_ACTION('ClientDelete') });
    expect(res.status).toBe(200);
    expect(bodyElement(res.text)).toBe('RegionReadResponse');
    const { code, data } = decodeResponse(res.text);
    expect(code).toBe('SUCCESS');
    expect(data).toContainEqual({ RegionID: WELL_KNOWN.regionMoscow, RegionName: expect.any(String) });
  });
});

describe('SOAP Faults', () => {
  async function fault(body: string) {
    const res = await postSoap(endpoint, body);
    expect(res.status).toBe(500);
    return { contentType: res.contentType, text: res.text, ...readFault(res.text) };
  }

  it('answers malformed XML with a 1.1 soap:Client Fault', async () => {
    const f = await fault('<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><par:RegionRead></soap:Body>');
    expect(f).toMatchObject({ contentType: SOAP11_TYPE, version: '1.1', code: 'soap:Client' });
    expect(f.reason).toMatch(/^XML не разобран/);
  });

  it('answers an empty 1.2 Body with soap:Sender', async () => {
    const f = await fault(envelope('1.2', ' '));
    expect(f).toMatchObject({ contentType: SOAP12_TYPE, version: '1.2', code: 'soap:Sender', reason: 'Элемент Body пуст: не указана операция' });
  });

  it('answers an empty 1.1 Body with soap:Client', async () => {
    const f = await fault(envelope('1.1', ''));
    expect(f).toMatchObject({ contentType: SOAP11_TYPE, version: '1.1', code: 'soap:Client', reason: 'Элемент Body пуст: не указана операция' });
  });

  it.each([
    ['1.1', 'soap:Client', SOAP11_TYPE],
    ['1.2', 'soap:Sender', SOAP12_TYPE],
  ] as const)('answers an unknown operation in SOAP %s with a %s Fault', async (version, code, contentType) => {
    const f = await fault(soapRequest(version, 'ClientTeleport'));
    expect(f).toMatchObject({ contentType, version, code, reason: 'Операция ClientTeleport не найдена в сервисе PartnerWebAPI2' });
  });

  it('refuses DOCTYPE and entity declarations without expanding them', async () => {
    const body =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret "ENTITY-TEXT-42">]>' +
      soapRequest('1.2', 'RegionRead').replace('<par:Params>', '<par:Params><Property name="X"><Value>&secret;</Value></Property>');
    const f = await fault(body);
    expect(f).toMatchObject({ version: '1.1', code: 'soap:Client', reason: 'DOCTYPE и объявления сущностей не допускаются' });
    expect(f.text).not.toContain('ENTITY-TEXT-42');
  });

  it('refuses elements after the Envelope, and keeps DOCTYPE-like text in CDATA as data', async () => {
    const trailing = await postSoap(endpoint, `${soapRequest('1.1', 'RegionRead')}<x/>`);
    expect(trailing.status).toBe(500);
    expect(readFault(trailing.text).code).toBe('soap:Client');
    const cdata = soapRequest('1.1', 'DepartmentAdd', { Name: '<![CDATA[<!DOCTYPE html> отдел]]>' });
    const res = await postSoap(endpoint, cdata.replace('&lt;![CDATA[&lt;!DOCTYPE', '<![CDATA[<!DOCTYPE'));
    expect(decodeResponse(res.text).code).toBe('SUCCESS');
  });

  it('refuses a root element that is not a SOAP Envelope', async () => {
    const f = await fault('<par:RegionRead xmlns:par="http://buhphone.com/PartnerWebAPI2"/>');
    expect(f).toMatchObject({ version: '1.1', code: 'soap:Client', reason: 'Ожидался элемент Envelope SOAP 1.1 или 1.2' });
  });

  it('refuses an Envelope in a foreign namespace', async () => {
    const f = await fault('<Envelope xmlns="urn:not-soap"><Body><RegionRead/></Body></Envelope>');
    expect(f).toMatchObject({ version: '1.1', code: 'soap:Client', reason: 'Ожидался элемент Envelope SOAP 1.1 или 1.2' });
  });

  it('keeps serving after a malformed request', async () => {
    await fault('<<<not xml');
    const res = await postSoap(endpoint, soapRequest('1.1', 'RegionRead'));
    expect(res.status).toBe(200);
    expect(decodeResponse(res.text).code).toBe('SUCCESS');
  });
});

describe('request body cap', () => {
  let small: RunningMock;
  beforeAll(async () => {
    small = await startMock({ maxBodyBytes: 2048 });
  });
  afterAll(() => small.close());

  const padded = (bytes: number) => soapRequest('1.1', 'RegionRead').replace('<soap:Header/>', `<soap:Header><!--${'x'.repeat(bytes)}--></soap:Header>`);

  it('answers a body over the cap with 413 and a message', async () => {
    const res = await postSoap(`${small.url}/cus/ws/PartnerWebAPI2`, padded(4096));
    expect(res.status).toBe(413);
    expect(readFault(res.text)).toEqual({ version: '1.1', code: 'soap:Client', reason: 'Тело запроса больше допустимого размера' });
  });

  it('applies the cap to the inflated size of a gzip body', async () => {
    const body = gzipSync(padded(8192));
    expect(body.length).toBeLessThan(2048);
    const res = await postSoap(`${small.url}/cus/ws/PartnerWebAPI2`, body, { 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(413);
  });

  it('serves a body under the cap', async () => {
    const res = await postSoap(`${small.url}/cus/ws/PartnerWebAPI2`, padded(100));
    expect(res.status).toBe(200);
    expect(decodeResponse(res.text).code).toBe('SUCCESS');
  });
});

describe('gzip', () => {
  const headers = { 'Content-Type': SOAP11_TYPE, Authorization: DEMO_AUTH };

  it('accepts a gzip request body', async () => {
    const res = await rawPost(endpoint, gzipSync(soapRequest('1.1', 'RegionRead')), { ...headers, 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(decodeResponse(res.body.toString('utf8')).code).toBe('SUCCESS');
  });

  it('gzips a large response when the client accepts gzip', async () => {
    const res = await rawPost(endpoint, soapRequest('1.1', 'RegionRead'), { ...headers, 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe(SOAP11_TYPE);
    const { code, data } = decodeResponse(gunzipSync(res.body).toString('utf8'));
    expect(code).toBe('SUCCESS');
    expect((data as unknown[]).length).toBeGreaterThan(50);
  });

  it('answers a body that is not gzip but says so with a soap:Client Fault (HTTP 500)', async () => {
    const res = await rawPost(endpoint, soapRequest('1.1', 'RegionRead'), { ...headers, 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(500);
    expect(readFault(res.body.toString('utf8'))).toMatchObject({ version: '1.1', code: 'soap:Client' });
  });

  it('answers uncompressed when the client does not accept gzip', async () => {
    const res = await rawPost(endpoint, soapRequest('1.1', 'RegionRead'), headers);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(decodeResponse(res.body.toString('utf8')).code).toBe('SUCCESS');
  });
});
