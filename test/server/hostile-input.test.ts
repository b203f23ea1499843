import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { JOURNAL_LIMITS } from '../../src/pipeline/call-journal.js';
import { resetAccount } from '../../src/runtime.js';
import { dumpWorld } from '../../src/seed/dump-world.js';
import { hasInvalidXmlChar } from '../../src/xml/xml-chars.js';
import { decodeResponse } from '../support/decode-response.js';
import { DEMO_AUTH, postSoap, setClock, startMock, type RunningMock } from '../support/mock-server.js';
import { envelope, rawPost, readFault, soapRequest } from './wire.js';

/** Each defect found by attacking the server, kept as the request that showed it. */
let mock: RunningMock;
let endpoint: string;
beforeAll(async () => {
  mock = await startMock();
  endpoint = `${mock.url}/cus/ws/PartnerWebAPI2`;
});
beforeEach(async () => {
  resetAccount(mock.runtime, 'demo');
  await setClock(mock.url, '2024-03-01T12:00:00+03:00');
});
afterAll(() => mock.close());

/** Every answer is well-formed XML that carries no character XML forbids. */
function expectWellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(hasInvalidXmlChar(xml)).toBe(false);
}

async function call(body: string | Buffer, headers: Record<string, string> = {}) {
  const res = await postSoap(endpoint, body, headers);
  expectWellFormed(res.text);
  return res;
}

async function stillAnswers(): Promise<void> {
  const res = await call(soapRequest('1.1', 'RegionRead'));
  expect(decodeResponse(res.text).code).toBe('SUCCESS');
}

const clientAdd = (name: string) => soapRequest('1.1', 'ClientAdd', { Name: name, RegionID: WELL_KNOWN.regionMoscow });

describe('parser-level denial of service', () => {
  it('refuses 10,000 namespace prefixes on one element with a Fault, not a heap blow-up', async () => {
    const prefixes = Array.from({ length: 10_000 }, (_, i) => `xmlns:p${i}="urn:p${i}"`).join(' ');
    const children = '<c xmlns="x"/>'.repeat(10_000);
    const res = await call(`<r ${prefixes}>${children}</r>`);
    expect(res.status).toBe(500);
    expect(readFault(res.text).reason).toBe('XML не разобран: у элемента больше 64 атрибутов');
    await stillAnswers();
  });

  it('reads many elements that each declare a namespace without copying the scope into each', async () => {
    const prefixes = Array.from({ length: 60 }, (_, i) => `xmlns:p${i}="urn:p${i}"`).join(' ');
    const noise = '<c xmlns="x"/>'.repeat(20_000);
    const body = envelope('1.1', `<par:RegionRead ${prefixes}><par:Params/>${noise}</par:RegionRead>`);
    const res = await call(body);
    expect(decodeResponse(res.text).code).toBe('SUCCESS');
  });

  it.each([
    ['a DOCTYPE followed by 250,000 unclosed comments', '<!DOCTYPE x>' + '<!--'.repeat(250_000), 'DOCTYPE и объявления сущностей не допускаются'],
    ['250,000 unclosed comments', '<r>' + '<!--'.repeat(250_000), 'XML не разобран: не закрыт(а) комментарий'],
    ['one element with 800,000 attributes', `<r ${Array.from({ length: 800_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`, 'XML не разобран: у элемента больше 64 атрибутов'],
    ['nesting 10,000 deep', '<a>'.repeat(10_000) + '</a>'.repeat(10_000), 'XML вложен глубже 64 уровней'],
  ])('answers %s at once with a Fault, and the admin API is not kept waiting', async (_name, body, reason) => {
    const started = Date.now();
    const [res, health] = await Promise.all([call(body), fetch(`${mock.url}/admin/api/health`)]);
    expect(res.status).toBe(500);
    expect(readFault(res.text).reason).toBe(reason);
    expect(health.status).toBe(200);
    // Generous: the quadratic scan this replaces took about 80 s.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the call journal is bounded in bytes', () => {
  it('keeps 20 of 300,000 ignored parameters and stays under its byte budget', async () => {
    const props = Array.from({ length: 300_000 }, (_, i) => `<Property name="x${i}"/>`).join('');
    const body = envelope('1.1', `<par:RegionRead><par:Params>${props}</par:Params></par:RegionRead>`);
    expect(body.length).toBeGreaterThan(7_000_000);
    for (let i = 0; i < 2; i++) expect(decodeResponse((await call(body)).text).code).toBe('SUCCESS');
    const [entry] = mock.runtime.journal.latest('demo', 1);
    expect(entry.warnings).toHaveLength(JOURNAL_LIMITS.warningsPerEntry + 1);
    expect(entry.warnings.at(-1)).toBe(`… and ${300_000 - JOURNAL_LIMITS.warningsPerEntry} more`);
    expect(mock.runtime.journal.bytes('demo')).toBeLessThanOrEqual(JOURNAL_LIMITS.bytes);
  }, 60_000);

  it('evicts the oldest entries once the byte budget is spent', async () => {
    const name = 'n'.repeat(250);
    const body = soapRequest('1.1', 'RegionRead', Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`${name}${i}`, '1'])));
    for (let i = 0; i < 300; i++) await postSoap(endpoint, body);
    expect(mock.runtime.journal.bytes('demo')).toBeLessThanOrEqual(JOURNAL_LIMITS.bytes);
    expect(mock.runtime.journal.latest('demo', 500).length).toBeLessThan(300);
  }, 60_000);
});

describe('values XML cannot carry are refused, never stored', () => {
  const forbidden = ['\u0001', '\u0000', '\u0008', '\u000B', '\u001F', '\uFFFE', '\uFFFF'];

  it.each(forbidden.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s as a raw character', async (_n, c) => {
    const before = dumpWorld(mock.runtime.db, 'demo');
    const res = await call(clientAdd(`a${c}b`));
    if (res.status === 200) expect(decodeResponse(res.text)).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'Name' });
    else expect(readFault(res.text).code).toBe('soap:Client');
    expect(dumpWorld(mock.runtime.db, 'demo')).toBe(before);
  });

  it.each(['&#1;', '&#x1F;', '&#xFFFE;', '&#xD800;', '&#0;'])('%s as a character reference', async (ref) => {
    const before = dumpWorld(mock.runtime.db, 'demo');
    const body = soapRequest('1.1', 'DepartmentAdd').replace('<par:Params></par:Params>', '');
    const request = body.replace(
      /<par:DepartmentAdd>.*<\/par:DepartmentAdd>/,
      `<par:DepartmentAdd><par:Params><Property xmlns="http://v8.1c.ru/8.1/data/core" name="Name"><Value xsi:type="xs:string">a${ref}b</Value></Property></par:Params></par:DepartmentAdd>`,
    );
    const res = await call(request);
    expect(res.status).toBe(500);
    expect(readFault(res.text).reason).toMatch(/^XML не разобран: ссылка &#x?[0-9A-F]+; на недопустимый в XML символ$/i);
    expect(dumpWorld(mock.runtime.db, 'demo')).toBe(before);
    const read = await call(soapRequest('1.1', 'DepartmentRead'));
    expect(decodeResponse(read.text).code).toBe('SUCCESS');
  });

  it('decodes references to characters XML allows', async () => {
    const body = clientAdd('X').replace('>X<', '>&#171;&#x41;&#x1F600;&#187;<');
    const added = decodeResponse((await call(body)).text);
    expect(added.code).toBe('SUCCESS');
    const rows = decodeResponse((await call(soapRequest('1.1', 'ClientRead'))).text).data as { ClientID: string; Name: string }[];
    expect(rows.find((r) => r.ClientID === (added.data as { ClientID: string }).ClientID)?.Name).toBe('«A😀»');
  });

  it('keeps tab, LF, CR and astral characters, and reads them back exactly', async () => {
    const name = 'a\tb\nc 😀 «»&<>"\'';
    const added = decodeResponse((await call(clientAdd(name))).text);
    expect(added.code).toBe('SUCCESS');
    const rows = decodeResponse((await call(soapRequest('1.1', 'ClientRead'))).text).data as { ClientID: string; Name: string }[];
    expect(rows.find((r) => r.ClientID === (added.data as { ClientID: string }).ClientID)?.Name).toBe(name);
  });
});

describe('faults are XML whatever the request', () => {
  it('does not echo a control character from a tag name', async () => {
    const res = await call(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Bo\u0001dy/></soap:Envelope>`);
    expect(res.status).toBe(500);
    expect(readFault(res.text).code).toBe('soap:Client');
  });

  it('reads UTF-16 bodies, with or without a byte-order mark', async () => {
    const xml = soapRequest('1.1', 'RegionRead');
    for (const body of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]), Buffer.from(xml, 'utf16le'), iconv.encode(xml, 'utf-16be')]) {
      expect(decodeResponse((await call(body)).text).code).toBe('SUCCESS');
    }
  });

  it('answers a gzip inside gzip with a Fault', async () => {
    const body = gzipSync(gzipSync(soapRequest('1.1', 'RegionRead')));
    const res = await rawPost(endpoint, body, { 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip', Authorization: DEMO_AUTH });
    expect(res.status).toBe(500);
    expectWellFormed(res.body.toString('utf8'));
    expect(readFault(res.body.toString('utf8')).code).toBe('soap:Client');
  });

  it('cuts a long echoed name', async () => {
    const res = await call(envelope('1.1', `<par:${'X'.repeat(100_000)}/>`));
    expect(readFault(res.text).reason.length).toBeLessThan(1100);
  });
});

describe('dates that name no real instant', () => {
  it.each(['2024-01-01T10:60:00', '2024-01-01T10:99:99', '2024-01-01T10:00:00+99:99', '2024-01-01T10:00:00-23:59', '0000-01-01T00:00:00', '9999-12-31T23:59:59-23:59'])(
    'ChangedFrom %s is TYPE_MISMATCH',
    async (value) => {
      const res = await call(soapRequest('1.1', 'ClientRead', { ChangedFrom: { type: 'xs:dateTime', value } }));
      expect(decodeResponse(res.text)).toEqual({ code: 'TYPE_MISMATCH', data: 'ChangedFrom' });
    },
  );

  it('a number where a string is expected is TYPE_MISMATCH, however large', async () => {
    const dep = await call(soapRequest('1.1', 'DepartmentEdit', { DepartmentID: WELL_KNOWN.department, Name: { type: 'xs:decimal', value: '1e999' } }));
    expect(decodeResponse(dep.text)).toEqual({ code: 'TYPE_MISMATCH', data: 'Name' });
  });
});

describe('request encodings', () => {
  it('refuses invalid UTF-8 with a Fault instead of storing U+FFFD', async () => {
    const before = dumpWorld(mock.runtime.db, 'demo');
    const xml = Buffer.from(clientAdd('ZZZ'), 'utf8');
    const at = xml.indexOf('ZZZ');
    xml[at] = 0xc3;
    xml[at + 1] = 0x28;
    const res = await call(xml);
    expect(res.status).toBe(500);
    expect(readFault(res.text)).toMatchObject({ code: 'soap:Client', reason: 'Тело запроса не является корректным UTF-8' });
    expect(dumpWorld(mock.runtime.db, 'demo')).toBe(before);
  });

  it('decodes a body declared windows-1251 and stores its Cyrillic as written', async () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?>${clientAdd('Ёлка и Ко')}`;
    const added = decodeResponse((await call(iconv.encode(xml, 'windows-1251'))).text);
    expect(added.code).toBe('SUCCESS');
    const rows = decodeResponse((await call(soapRequest('1.1', 'ClientRead'))).text).data as { ClientID: string; Name: string }[];
    expect(rows.find((r) => r.ClientID === (added.data as { ClientID: string }).ClientID)?.Name).toBe('Ёлка и Ко');
  });

  it('takes the charset of Content-Type when the body declares none, and refuses an unknown one', async () => {
    const body = iconv.encode(clientAdd('Сосна'), 'koi8-r');
    expect(decodeResponse((await call(body, { 'Content-Type': 'text/xml; charset=koi8-r' })).text).code).toBe('SUCCESS');
    const res = await call(Buffer.from(clientAdd('x')), { 'Content-Type': 'text/xml; charset=x-unknown' });
    expect(readFault(res.text).reason).toBe('Кодировка x-unknown не поддерживается');
  });
});

describe('the operation is looked up in the service namespace', () => {
  it('answers an operation in a foreign namespace like an unknown one', async () => {
    const res = await call(envelope('1.1', '<evil:RegionRead xmlns:evil="urn:x"><evil:Params/></evil:RegionRead>'));
    expect(res.status).toBe(500);
    expect(readFault(res.text)).toEqual({
      version: '1.1',
      code: 'soap:Client',
      reason: 'Операция {urn:x}RegionRead не найдена: операции сервиса PartnerWebAPI2 в пространстве имён http://buhphone.com/PartnerWebAPI2',
    });
  });
});

describe('parameter names are matched without regard to case', () => {
  it('reads `name` as Name and notes the spelling in the journal', async () => {
    const res = await call(soapRequest('1.1', 'DepartmentAdd', { name: 'Отдел регистра' }));
    expect(decodeResponse(res.text).code).toBe('SUCCESS');
    expect(mock.runtime.journal.latest('demo', 1)[0].warnings).toEqual(['parameter Name received as name']);
    const missing = await call(soapRequest('1.1', 'DepartmentAdd', { nAmE: '' }));
    expect(decodeResponse(missing.text)).toEqual({ code: 'EMPTY_PARAM', data: 'Name' });
  });
});

/** A request with headers fetch will not send (Host, Origin), through node:http. */
function adminRequest(method: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${mock.url}/admin/api${path}`, { method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the admin API refuses browsers of other sites', () => {
  it('refuses a cross-origin reset without a preflight and leaves the world as it was', async () => {
    await call(clientAdd('Останется'));
    const before = dumpWorld(mock.runtime.db, 'demo');
    const res = await adminRequest('POST', '/accounts/demo/reset', { Origin: 'http://evil.example', 'Content-Type': 'text/plain' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ error: 'cross-origin writes to the admin API are refused (Origin "http://evil.example")' });
    expect(dumpWorld(mock.runtime.db, 'demo')).toBe(before);
  });

  it('refuses a foreign Host (DNS rebinding) and answers its own names', async () => {
    const foreign = await adminRequest('GET', '/accounts/demo/journal', { Host: 'evil.example' });
    expect(foreign.status).toBe(403);
    const port = new URL(mock.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await adminRequest('GET', '/health', { Host: host })).status).toBe(200);
    }
    const sameOrigin = await adminRequest('POST', '/accounts/demo/reset', { Origin: mock.url });
    expect(sameOrigin.status).toBe(200);
  });

  it('keeps answering SOAP after a clock far in the future is refused', async () => {
    const res = await fetch(`${mock.url}/admin/api/accounts/demo/clock`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ now: '+275760-09-13T00:00:00Z', frozen: true }),
    });
    expect(res.status).toBe(400);
    await stillAnswers();
  });
});
