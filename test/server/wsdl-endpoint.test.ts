import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../support/mock-server.js';
import { soapClient } from '../support/soap-client.js';

const SERVICES = [
  ['PartnerWebAPI2', 73],
  ['BotAPI', 10],
  ['PartnerAPI', 71],
] as const;

type Description = Record<string, Record<string, Record<string, unknown>>>;

/** The location of both ports' addresses (soapbind:address and soap12bind:address). */
function addressLocations(wsdl: string): string[] {
  return [...wsdl.matchAll(/<[\w]+:address location="([^"]*)"\s*\/>/g)].map((m) => m[1]);
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

describe.each(SERVICES)('GET /cus/ws/%s', (service, operationCount) => {
  it.each(['wsdl', 'WSDL', 'singleWsdl'])('serves the WSDL at ?%s with its own address', async (query) => {
    const res = await fetch(`${mock.url}/cus/ws/${service}?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const wsdl = await res.text();
    expect(wsdl).toContain(`name="${service}"`);
    expect(addressLocations(wsdl)).toEqual([`${mock.url}/cus/ws/${service}`, `${mock.url}/cus/ws/${service}`]);
  });

  it(`loads in node-soap with ${operationCount} operations on each port`, async () => {
    const description = (await soapClient(mock.url, service)).describe() as Description;
    expect(Object.keys(description)).toEqual([service]);
    expect(Object.keys(description[service])).toEqual([`${service}Soap`, `${service}Soap12`]);
    expect(Object.keys(description[service][`${service}Soap`])).toHaveLength(operationCount);
    expect(Object.keys(description[service][`${service}Soap12`])).toHaveLength(operationCount);
  });
});

describe('WSDL address with a public URL', () => {
  let published: RunningMock;
  beforeAll(async () => {
    published = await startMock({ publicUrl: 'https://mock.example/base/' });
  });
  afterAll(() => published.close());

  it.each(SERVICES.map(([service]) => service))('writes the configured base URL into %s', async (service) => {
    const wsdl = await (await fetch(`${published.url}/cus/ws/${service}?wsdl`)).text();
    expect(addressLocations(wsdl)).toEqual([`https://mock.example/base/cus/ws/${service}`, `https://mock.example/base/cus/ws/${service}`]);
  });
});

describe('other GETs', () => {
  it('answers a GET of a service without ?wsdl with 405 and a hint', async () => {
    const res = await fetch(`${mock.url}/cus/ws/PartnerWebAPI2`);
    expect(res.status).toBe(405);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('1c-connect-mock: PartnerWebAPI2 принимает SOAP методом POST; WSDL: ?wsdl\n');
  });

  it('answers a GET with another query with 405', async () => {
    const res = await fetch(`${mock.url}/cus/ws/BotAPI?xsd=1`);
    expect(res.status).toBe(405);
  });

  it.each([
    ['GET', '/cus/ws/NoSuchService?wsdl'],
    ['GET', '/nope'],
    ['POST', '/cus/ws/NoSuchService'],
  ])('answers %s %s with 404 and a message', async (method, path) => {
    const res = await fetch(`${mock.url}${path}`, { method });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(`1c-connect-mock: нет ресурса ${method} ${path.split('?')[0]}\n`);
  });
});
