import { gzipSync } from 'node:zlib';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import type { OperationSpec, ParamSpec } from '../../src/catalog/types.js';
import type { ServiceDefinition } from '../../src/pipeline/service.js';
import { hasInvalidXmlChar } from '../../src/xml/xml-chars.js';
import { minimalParams, sample } from '../support/catalog-samples.js';
import type { ParamInput } from '../support/soap-client.js';
import { envelope, structureRequest } from '../support/soap-request.js';

/**
 * A generated corpus of hostile requests: every case is a request and what a sound answer looks
 * like. `refused` cases must never change the store; `maybe` cases may succeed (a valid but odd
 * value) and are then checked for a well-formed answer only.
 */
export interface HostileCase {
  category: string;
  name: string;
  method?: string;
  path?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Every refused case leaves the store as it was. */
  outcome: 'refused' | 'maybe';
}

/** A small seeded generator (mulberry32): the corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PW2 = 'PartnerWebAPI2';
const CORE = 'http://v8.1c.ru/8.1/data/core';
const NOWHERE = 'ffffffff-0000-4000-8000-00000000dead';

/** Requests that can never succeed, whatever a single mutation does to them (see `mutations`). */
const REFUSED_SEEDS = [
  structureRequest(PW2, 'ClientEdit', { ClientID: NOWHERE, Name: 'Мутация' }, '1.1'),
  structureRequest(PW2, 'ClientAdd', { Name: 'Мутация', RegionID: WELL_KNOWN.regionKamchatka }, '1.2'),
  structureRequest(PW2, 'DepartmentDelete', { DepartmentID: NOWHERE }, '1.1'),
];
const READ_SEEDS = [structureRequest(PW2, 'RegionRead', {}, '1.2'), structureRequest(PW2, 'ClientRead', { ChangedFrom: { dateTime: '2024-01-01T00:00:00' } }, '1.1')];

function malformed(): HostileCase[] {
  const cases: HostileCase[] = [];
  const seeds = [...REFUSED_SEEDS, ...READ_SEEDS];
  for (const [s, xml] of seeds.entries()) {
    // Truncated at every 7th character.
    for (let cut = 1; cut < xml.length; cut += 7) cases.push({ category: 'malformed and truncated XML', name: `seed ${s} cut at ${cut}`, body: xml.slice(0, cut), outcome: 'refused' });
  }
  const junk = ['', ' ', '<', '>', '<<>>', '<a', '</a>', '<a></b>', '<?xml version="1.0"?>', '<a>&bogus</a>', '<a b="1" b="2"/>', '<a>\u0000</a>', 'null', '{"json": true}', '<a/><b/>', '<:a/>', '<a:/>', '<a xmlns:="x"/>'];
  for (const j of junk) cases.push({ category: 'malformed and truncated XML', name: JSON.stringify(j).slice(0, 40), body: j, outcome: 'refused' });
  return cases;
}

function mutations(count: number, random: () => number): HostileCase[] {
  const seeds = [...REFUSED_SEEDS, ...READ_SEEDS];
  const alphabet = '<>/&;"\'=:xX\u0000\u0001\uFFFF\u00e9\u0416😀 \n';
  return Array.from({ length: count }, (_, i) => {
    const xml = seeds[i % seeds.length];
    const at = Math.floor(random() * xml.length);
    const kind = Math.floor(random() * 3);
    const c = alphabet[Math.floor(random() * alphabet.length)];
    const body = kind === 0 ? xml.slice(0, at) + c + xml.slice(at + 1) : kind === 1 ? xml.slice(0, at) + xml.slice(at + 1) : xml.slice(0, at) + c + xml.slice(at);
    return { category: 'random single-character mutations', name: `mutation ${i}`, body, outcome: 'refused' as const };
  });
}

function namespaces(): HostileCase[] {
  const op = `<par:ClientEdit><par:Params><Property xmlns="${CORE}" name="ClientID"><Value xsi:type="xs:string">${NOWHERE}</Value></Property></par:Params></par:ClientEdit>`;
  const bodies: [string, string][] = [
    ['envelope in no namespace', `<Envelope><Body>${op}</Body></Envelope>`],
    ['envelope in a foreign namespace', `<s:Envelope xmlns:s="urn:foreign"><s:Body>${op}</s:Body></s:Envelope>`],
    ['Body of another SOAP version', `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><s12:Body xmlns:s12="http://www.w3.org/2003/05/soap-envelope">${op}</s12:Body></soap:Envelope>`],
    ['operation in a foreign namespace', envelope('1.1', '<evil:RegionRead xmlns:evil="urn:x"><evil:Params/></evil:RegionRead>')],
    ['operation in no namespace', envelope('1.1', '<RegionRead><Params/></RegionRead>')],
    ['operation of another service', envelope('1.1', '<bot:GetEmployeesList xmlns:bot="http://buhphone.com/BotAPI"><bot:Params/></bot:GetEmployeesList>')],
    ['undeclared prefix', envelope('1.1', '<zz:RegionRead><zz:Params/></zz:RegionRead>')],
    ['empty Body', envelope('1.2', '')],
    ['text-only Body', envelope('1.2', 'RegionRead')],
    ['unknown operation', envelope('1.1', '<par:NoSuchOperation/>')],
  ];
  const cases = bodies.map(([name, body]) => ({ category: 'wrong or missing namespaces', name, body, outcome: 'refused' as const }));
  // A Property or Value in a foreign namespace, or a typed Value whose type prefix points elsewhere.
  for (const [i, prop] of [
    `<x:Property xmlns:x="urn:x" name="ClientID"><x:Value>${NOWHERE}</x:Value></x:Property>`,
    `<Property xmlns="${CORE}" name="ClientID"><Value xmlns:q="urn:q" xsi:type="q:string">${NOWHERE}</Value></Property>`,
    `<Property xmlns="${CORE}" name="ClientID"><Value xsi:type="ValueTable"><column><Name>x</Name></column></Value></Property>`,
  ].entries()) {
    cases.push({ category: 'wrong or missing namespaces', name: `foreign property ${i}`, body: envelope('1.1', `<par:ClientEdit><par:Params>${prop}</par:Params></par:ClientEdit>`), outcome: 'refused' });
  }
  return cases;
}

function declarations(): HostileCase[] {
  const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`;
  const bodies: [string, string][] = [
    ['billion laughs', `${laughs}${envelope('1.1', '<par:RegionRead><par:Params/></par:RegionRead>').replace('<par:Params/>', '<par:Params>&lol2;</par:Params>')}`],
    ['external entity', `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${envelope('1.1', '<par:RegionRead><par:Params>&xxe;</par:Params></par:RegionRead>')}`],
    ['parameter entity', `<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;]><a/>`],
    ['DOCTYPE after the prolog', `<?xml version="1.0"?><!DOCTYPE soap:Envelope>${envelope('1.1', '<par:RegionRead/>')}`],
    ['ENTITY inside the body', envelope('1.1', '<!ENTITY x "y"><par:RegionRead/>')],
    ['lower-case doctype', `<!doctype x>${envelope('1.1', '<par:RegionRead/>')}`],
    ['DOCTYPE with 250,000 unclosed comments', '<!DOCTYPE x>' + '<!--'.repeat(250_000)],
    ['unclosed CDATA', `<a><![CDATA[${'x'.repeat(100_000)}`],
    ['unclosed processing instruction', `<?pi ${'x'.repeat(100_000)}`],
  ];
  return bodies.map(([name, body]) => ({ category: 'DOCTYPE and entities', name, body, outcome: 'refused' as const }));
}

function sizes(): HostileCase[] {
  const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
  const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20));
  const tooManyPrefixes = `<r ${Array.from({ length: 10_000 }, (_, i) => `xmlns:p${i}="urn:p${i}"`).join(' ')}>${'<c xmlns="x"/>'.repeat(10_000)}</r>`;
  return [
    { category: 'huge bodies and gzip bombs', name: '50 MB of spaces', body: big, outcome: 'refused' },
    { category: 'huge bodies and gzip bombs', name: '50 MB inside a valid envelope', body: Buffer.concat([Buffer.from(envelope('1.1', '<par:RegionRead><par:Params>')), big, Buffer.from('</par:Params></par:RegionRead>')]), outcome: 'refused' },
    { category: 'huge bodies and gzip bombs', name: 'gzip bomb of 100 MB', body: bomb, headers: { 'Content-Encoding': 'gzip' }, outcome: 'refused' },
    { category: 'huge bodies and gzip bombs', name: 'gzip inside gzip', body: gzipSync(gzipSync(REFUSED_SEEDS[0])), headers: { 'Content-Encoding': 'gzip' }, outcome: 'refused' },
    { category: 'huge bodies and gzip bombs', name: 'not gzip at all', body: Buffer.from('not gzip'), headers: { 'Content-Encoding': 'gzip' }, outcome: 'refused' },
    { category: 'huge bodies and gzip bombs', name: 'unknown content coding', body: REFUSED_SEEDS[0], headers: { 'Content-Encoding': 'br' }, outcome: 'refused' },
    { category: 'huge bodies and gzip bombs', name: '10,000 namespace prefixes', body: tooManyPrefixes, outcome: 'refused' },
    { category: 'huge bodies and gzip bombs', name: '800,000 attributes', body: `<r ${Array.from({ length: 800_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`, outcome: 'refused' },
    { category: 'deep nesting', name: '10,000 deep', body: '<a>'.repeat(10_000) + '</a>'.repeat(10_000), outcome: 'refused' },
    { category: 'deep nesting', name: '10,000 deep inside Params', body: envelope('1.1', `<par:RegionRead><par:Params>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</par:Params></par:RegionRead>`), outcome: 'refused' },
    { category: 'deep nesting', name: 'Structures 100 deep', body: envelope('1.1', `<par:ClientEdit><par:Params>${`<Property xmlns="${CORE}" name="p"><Value xsi:type="Structure">`.repeat(100)}${'</Value></Property>'.repeat(100)}</par:Params></par:ClientEdit>`), outcome: 'refused' },
  ];
}

function encodings(): HostileCase[] {
  const xml = Buffer.from(REFUSED_SEEDS[1], 'utf8');
  const at = xml.indexOf('Мутация');
  const variants: [string, Buffer][] = [
    ['invalid UTF-8 continuation', Buffer.concat([xml.subarray(0, at), Buffer.from([0xc3, 0x28]), xml.subarray(at)])],
    ['overlong UTF-8', Buffer.concat([xml.subarray(0, at), Buffer.from([0xc0, 0xaf]), xml.subarray(at)])],
    ['UTF-8 surrogate', Buffer.concat([xml.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), xml.subarray(at)])],
    ['NUL bytes', Buffer.concat([xml.subarray(0, at), Buffer.from([0, 0, 0]), xml.subarray(at)])],
    ['NUL in a tag name', Buffer.from(REFUSED_SEEDS[0].replace('Body', 'Bo\u0000dy'))],
    ['control character in a tag name', Buffer.from(REFUSED_SEEDS[0].replace('Body', 'Bo\u0001dy'))],
    ['a declared encoding nobody knows', Buffer.from(`<?xml version="1.0" encoding="x-klingon"?>${REFUSED_SEEDS[0]}`)],
    ['windows-1251 bytes declared UTF-8', Buffer.from([...Buffer.from('<?xml version="1.0" encoding="utf-8"?><a>'), 0xc0, 0xe1, ...Buffer.from('</a>')])],
    ['UTF-16 with a lone surrogate', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('</a>', 'utf16le')])],
    ['only a byte-order mark', Buffer.from([0xef, 0xbb, 0xbf])],
  ];
  return variants.map(([name, body]) => ({ category: 'invalid UTF-8, NUL bytes, encodings', name, body, outcome: 'refused' as const }));
}

const INJECTIONS = [
  `'; DROP TABLE clients; --`,
  `" OR "1"="1`,
  '<script>alert(1)</script>',
  ']]><x/><![CDATA[',
  '&amp;&lt;&gt;&quot;&apos;',
  '%s%n%x%d',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '\u202Eevil\u202C',
  '😀'.repeat(30),
  'Ё'.repeat(1000),
  ' \t\r\n ',
  'a\u0001b',
  'a\u0000b',
  'a\uFFFEb',
  'a\u001Fb',
];

/** Every parameter of every implemented operation: wrong type, empty, over-long, injection strings. */
function parameterCases(services: readonly ServiceDefinition[]): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const service of services.filter((s) => s.protocol === 'structure')) {
    for (const op of service.catalog.values()) {
      if (!op.params || !service.handlers[op.name]) continue;
      for (const spec of op.params) cases.push(...casesFor(service.name, op, spec));
    }
  }
  return cases;
}

function casesFor(service: string, op: OperationSpec, spec: ParamSpec): HostileCase[] {
  const base = minimalParams(op);
  const request = (value: ParamInput, version: '1.1' | '1.2' = '1.1') => structureRequest(service, op.name, { ...base, [spec.name]: value }, version);
  const cases: HostileCase[] = [];
  const add = (kind: string, value: ParamInput, outcome: HostileCase['outcome']) =>
    cases.push({ category: 'every parameter of every operation', name: `${service}.${op.name}.${spec.name}: ${kind}`, path: `/cus/ws/${service}`, body: request(value), outcome });
  for (const wrong of wrongTypes(spec)) add(`wrong type ${wrong.typed}`, wrong, 'refused');
  add('empty', spec.type === 'number' ? 0 : spec.type === 'boolean' ? { typed: 'xs:boolean', value: '' } : '', 'maybe');
  add('nil', null, 'maybe');
  if (spec.type === 'string' && spec.maxLength !== undefined) add('one too long', 'Я'.repeat(spec.maxLength + 1), spec.truncate ? 'maybe' : 'refused');
  if (spec.type === 'string' || spec.type === 'uuid') {
    // A string of unbounded length (Строка without a length) may be a megabyte long.
    add('a megabyte', 'x'.repeat(1024 * 1024), spec.truncate || (spec.type === 'string' && spec.maxLength === undefined) ? 'maybe' : 'refused');
    for (const [i, text] of INJECTIONS.entries()) add(`injection ${i}`, text, hasInvalidXmlChar(text) ? 'refused' : 'maybe');
  }
  if (spec.type === 'number') for (const n of ['1e999', '-1e999', 'NaN', '0x10', '1,5', '']) add(`number ${n}`, { typed: 'xs:decimal', value: n }, n === '' ? 'maybe' : 'refused');
  if (spec.type === 'date' || spec.type === 'dateTime') {
    for (const d of ['2024-01-01T10:60:00', '0000-01-01T00:00:00', '9999-12-31T23:59:59-23:59', '2024-02-30T00:00:00', 'yesterday', '2024-01-01T10:00:00+99:99']) add(`date ${d}`, { dateTime: d }, 'refused');
  }
  add('valid, over SOAP 1.2', sample(spec, op.service), 'maybe');
  return cases;
}

function wrongTypes(spec: ParamSpec): { typed: string; value: string }[] {
  const all = [
    { typed: 'xs:decimal', value: '42' },
    { typed: 'xs:boolean', value: 'true' },
    { typed: 'xs:dateTime', value: '2024-01-01T00:00:00' },
    { typed: 'xs:string', value: 'not-a-value-of-this-type' },
  ];
  const own: Record<string, string> = { string: 'xs:string', uuid: 'xs:string', number: 'xs:decimal', boolean: 'xs:boolean', date: 'xs:dateTime', dateTime: 'xs:dateTime' };
  // A string where a date is expected may be a date written as a string (spec 4.1): only a non-date string is wrong.
  return all.filter((w) => w.typed !== own[spec.type] && !(spec.type === 'string' && w.typed === 'xs:string'));
}


/** Tables: too many rows, rows longer or shorter than their columns, batches sent where none are taken. */
function tables(services: readonly ServiceDefinition[]): HostileCase[] {
  const cases: HostileCase[] = [];
  const table = (columns: string[], rows: string[][]) =>
    `<par:Params xsi:type="ValueTable">${columns.map((c) => `<column xmlns="${CORE}"><Name>${c}</Name></column>`).join('')}${rows
      .map((r) => `<row xmlns="${CORE}">${r.map((v) => `<Value xsi:type="xs:string">${v}</Value>`).join('')}</row>`)
      .join('')}</par:Params>`;
  for (const service of services.filter((s) => s.protocol === 'structure')) {
    for (const op of service.catalog.values()) {
      if (!op.params || !service.handlers[op.name]) continue;
      const required = op.params.filter((p) => p.required).map((p) => p.name);
      const columns = required.length > 0 ? required : ['X'];
      const row = columns.map(() => NOWHERE);
      const call = (params: string) => envelope('1.1', `<par:${op.name}>${params}</par:${op.name}>`, service.name);
      const push = (name: string, body: string) => cases.push({ category: 'batches and tables', name: `${service.name}.${op.name}: ${name}`, path: `/cus/ws/${service.name}`, body, outcome: 'refused' });
      const size = op.limits.batchSize;
      if (size !== undefined) {
        push(`${size + 1} rows`, call(table(columns, Array.from({ length: size + 1 }, () => row))));
        push('10,000 rows', call(table(columns, Array.from({ length: 10_000 }, () => row))));
      } else {
        push('a table where a Structure is expected', call(table(columns, [row])));
      }
      push('a row longer than its columns', call(table(columns, [[...row, 'extra']])));
      push('a row shorter than its columns', call(table([...columns, 'Extra'], [row.slice(0, -1)])));
      push('no columns', call(table([], [[]])));
    }
  }
  return cases;
}

function credentials(): HostileCase[] {
  const body = REFUSED_SEEDS[0];
  const auth = (value: string) => ({ Authorization: value });
  const variants: [string, Record<string, string>][] = [
    ['none', {}],
    ['wrong password', auth(`Basic ${Buffer.from('demo:wrong').toString('base64')}`)],
    ['unknown login', auth(`Basic ${Buffer.from('nobody:demo').toString('base64')}`)],
    ['malformed base64', auth('Basic !!!notbase64!!!')],
    ['no colon', auth(`Basic ${Buffer.from('demodemo').toString('base64')}`)],
    ['Bearer scheme', auth('Bearer abc')],
    ['empty Basic', auth('Basic ')],
    ['a long login', auth(`Basic ${Buffer.from(`${'x'.repeat(4000)}:demo`).toString('base64')}`)],
    ['control characters', auth(`Basic ${Buffer.from('de\u0001mo:de\u0000mo').toString('base64')}`)],
    ['SQL in the login', auth(`Basic ${Buffer.from(`' OR 1=1 --:x`).toString('base64')}`)],
  ];
  return variants.map(([name, headers]) => ({ category: 'credentials', name, body, headers: { ...headers, Authorization: headers.Authorization ?? '' }, outcome: 'refused' as const }));
}

function methods(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const service of ['PartnerWebAPI2', 'BotAPI', 'PartnerAPI']) {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      cases.push({ category: 'HTTP methods and paths', name: `${method} /cus/ws/${service}`, method, path: `/cus/ws/${service}`, outcome: 'refused' });
    }
  }
  for (const path of ['/cus/ws/Nothing', '/cus/ws/PartnerWebAPI2/extra', '/cus/files/nothing', '/admin/api/accounts/nobody/reset', '/%ff%fe', '/cus/ws/PartnerWebAPI2?wsdl=%00']) {
    cases.push({ category: 'HTTP methods and paths', name: `POST ${path}`, method: 'POST', path, body: REFUSED_SEEDS[0], outcome: 'refused' });
  }
  return cases;
}

export function buildCorpus(services: readonly ServiceDefinition[], minimum: number): HostileCase[] {
  const fixed = [...malformed(), ...namespaces(), ...declarations(), ...sizes(), ...encodings(), ...parameterCases(services), ...tables(services), ...credentials(), ...methods()];
  // Seeded mutations fill the corpus up to its minimum size.
  return [...fixed, ...mutations(Math.max(1000, minimum - fixed.length), seededRandom(20240226))];
}
