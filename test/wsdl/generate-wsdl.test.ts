import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import * as soap from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationSpec, ParamSpec } from '../../src/catalog/types.js';
import type { ServiceDefinition } from '../../src/pipeline/service.js';
import { SERVICES } from '../../src/services/index.js';
import { generateWsdl } from '../../src/wsdl/generate-wsdl.js';
import { PROJECT_ROOT } from '../../src/wsdl/write-wsdl-files.js';

const LOCATION = 'http://localhost:8080/cus/ws';
const EXPECTED_COUNTS: Record<string, number> = { PartnerWebAPI2: 73, BotAPI: 10, PartnerAPI: 71 };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wsdl-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Description = Record<string, Record<string, Record<string, { input: unknown; output: unknown }>>>;

async function describeWith(service: ServiceDefinition, file = `${service.name}.wsdl`): Promise<Description> {
  const path = join(dir, file);
  await writeFile(path, generateWsdl(service, `${LOCATION}/${service.name}`), 'utf8');
  const client = await soap.createClientAsync(path);
  return client.describe() as Description;
}

describe.each(SERVICES.map((service) => [service.name, service] as const))('generateWsdl(%s)', (name, service) => {
  it('loads in node-soap with every catalog operation on both ports', async () => {
    const description = await describeWith(service);
    const operations = [...service.catalog.keys()];
    expect(operations).toHaveLength(EXPECTED_COUNTS[name]);
    expect(Object.keys(description)).toEqual([name]);
    expect(Object.keys(description[name])).toEqual([`${name}Soap`, `${name}Soap12`]);
    expect(Object.keys(description[name][`${name}Soap`])).toEqual(operations);
    expect(Object.keys(description[name][`${name}Soap12`])).toEqual(operations);
  });

  it('is deterministic', () => {
    expect(generateWsdl(service, 'http://a/b')).toBe(generateWsdl(service, 'http://a/b'));
  });
});

describe('generateWsdl protocols', () => {
  it("'structure' operations take Params and return a core Structure", async () => {
    const service = SERVICES.find((s) => s.name === 'PartnerWebAPI2')!;
    const op = (await describeWith(service)).PartnerWebAPI2.PartnerWebAPI2Soap.ClientAdd;
    const structure = { 'Property[]': { Value: {} }, targetNSAlias: 'xs1', targetNamespace: 'http://v8.1c.ru/8.1/data/core' };
    expect(op).toMatchObject({ input: { Params: structure }, output: { return: structure } });
    // node-soap keeps an element's attributes under a symbol key.
    const property = (op.input as { Params: Record<string, object> }).Params['Property[]'];
    const attributes = Object.getOwnPropertySymbols(property).map((key) => (property as Record<symbol, unknown>)[key]);
    expect(attributes).toEqual([{ name: { type: 'xs:NMTOKEN', required: true } }]);
  });

  it("'operands' operations take one typed element per parameter and return a core ValueTable", async () => {
    const params: ParamSpec[] = [
      { name: 'client_id', type: 'uuid', required: true },
      { name: 'name', type: 'string' },
      { name: 'count', type: 'number' },
      { name: 'level', type: 'number', integer: true },
      { name: 'include_deleted', type: 'boolean' },
      { name: 'birthday', type: 'date' },
      { name: 'since', type: 'dateTime' },
      { name: 'rows', type: 'table' },
      { name: 'ids', type: 'array' },
    ];
    const ops: OperationSpec[] = [
      { service: 'PartnerAPI', name: 'typed_op', section: '4', limits: {}, params },
      { service: 'PartnerAPI', name: 'bare_op', section: '4', limits: {} },
      { service: 'PartnerAPI', name: 'flag_op', section: '4', limits: {}, params: [], result: { kind: 'flag' } },
      { service: 'PartnerAPI', name: 'binary_op', section: '4', limits: {}, params: [], result: { kind: 'binary' } },
    ];
    const service: ServiceDefinition = {
      name: 'PartnerAPI',
      namespace: 'http://buhphone.com/PartnerAPI',
      protocol: 'operands',
      catalog: new Map(ops.map((op) => [op.name, op])),
      handlers: {},
    };
    const port = (await describeWith(service, 'operands.wsdl')).PartnerAPI.PartnerAPISoap;
    const input = port.typed_op.input as Record<string, unknown>;
    expect(Object.keys(input)).toEqual(params.map((p) => p.name));
    expect(input).toMatchObject({
      client_id: 'xs:string',
      name: 'xs:string',
      count: 'xs:decimal',
      level: 'xs:int',
      include_deleted: 'xs:boolean',
      birthday: 'xs:date',
      since: 'xs:dateTime',
      rows: { 'column[]': {}, 'row[]': {} },
      ids: { 'Value[]': {} },
    });
    expect(port.bare_op.input).toEqual({});
    expect(Object.keys(port.typed_op.output as object)).toEqual(['return']);
    expect((port.typed_op.output as { return: object }).return).toHaveProperty('column[]');
    expect(port.flag_op.output).toEqual({ return: 'xs:boolean' });
    expect(port.binary_op.output).toEqual({ return: 'xs:base64Binary' });

    const elements = parseWsdl(generateWsdl(service, LOCATION)).operandElements('typed_op');
    expect(elements.find((e) => e.name === 'client_id')).toEqual({ name: 'client_id', minOccurs: undefined, nillable: 'true' });
    expect(elements.find((e) => e.name === 'name')).toEqual({ name: 'name', minOccurs: '0', nillable: 'true' });
  });
});

// Parsed WSDL: the names the structural comparison needs.
interface Attrs {
  '@_name'?: string;
  '@_element'?: string;
  '@_type'?: string;
  '@_binding'?: string;
  '@_message'?: string;
  '@_soapAction'?: string;
  '@_targetNamespace'?: string;
  '@_minOccurs'?: string;
  '@_nillable'?: string;
}
interface SchemaNode extends Attrs {
  'xs:element'?: (Attrs & { 'xs:complexType'?: { 'xs:sequence'?: { 'xs:element'?: Attrs[] } }[] })[];
  'xs:complexType'?: Attrs[];
  'xs:simpleType'?: Attrs[];
}
interface BindingNode extends Attrs {
  operation: (Attrs & Record<'soapbind:operation' | 'soap12bind:operation', Attrs[] | undefined>)[];
}
interface Definitions extends Attrs {
  types: { 'xs:schema': SchemaNode[] };
  message: (Attrs & { part: Attrs[] })[];
  portType: (Attrs & { operation: (Attrs & { input: Attrs[]; output: Attrs[] })[] })[];
  binding: BindingNode[];
  service: (Attrs & { port: Attrs[] })[];
}

const ARRAYS = new Set(['xs:schema', 'xs:element', 'xs:complexType', 'xs:simpleType', 'message', 'part', 'portType', 'operation', 'input', 'output', 'binding', 'soapbind:operation', 'soap12bind:operation', 'service', 'port']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ARRAYS.has(name) });

function parseWsdl(xml: string) {
  const defs = (parser.parse(xml) as { definitions: Definitions }).definitions;
  const [core, own] = defs.types['xs:schema'];
  const soapActions = (binding: BindingNode) =>
    Object.fromEntries(binding.operation.map((op) => [op['@_name'], (op['soapbind:operation'] ?? op['soap12bind:operation'])?.[0]['@_soapAction']]));
  return {
    name: defs['@_name'],
    targetNamespace: defs['@_targetNamespace'],
    schemaNamespaces: defs.types['xs:schema'].map((s) => s['@_targetNamespace']),
    coreTypes: [...(core['xs:complexType'] ?? []), ...(core['xs:simpleType'] ?? [])].map((t) => t['@_name']),
    operations: defs.portType[0].operation.map((op) => op['@_name']!),
    portType: defs.portType[0],
    messages: Object.fromEntries(defs.message.map((m) => [m['@_name'], m.part.map((p) => [p['@_name'], p['@_element']])])),
    bindings: defs.binding.map((b) => ({ name: b['@_name'], type: b['@_type'], actions: soapActions(b) })),
    ports: defs.service.map((s) => ({ service: s['@_name'], ports: s.port.map((p) => [p['@_name'], p['@_binding']]) })),
    operandElements: (op: string) =>
      (own['xs:element']?.find((e) => e['@_name'] === op)?.['xs:complexType']?.[0]['xs:sequence']?.['xs:element'] ?? []).map((e) => ({
        name: e['@_name'],
        minOccurs: e['@_minOccurs'],
        nillable: e['@_nillable'],
      })),
  };
}

type ParsedWsdl = ReturnType<typeof parseWsdl>;

const LIVE_WSDL = join(PROJECT_ROOT, '..', 'shared', 'reference', 'PartnerWebAPI2.live-2024-02.wsdl');
const HAS_LIVE = existsSync(LIVE_WSDL);
/** Operations the live service added after spec 2.22 (reference README); we do not emit them. */
const LIVE_ONLY = [
  'ServiceKindAdd', 'ServiceKindDelete', 'ServiceKindEdit',
  'ServiceRequestAttachFile', 'ServiceRequestDeleteFile', 'ServiceRequestDeleteTextMessage', 'ServiceRequestDownloadFile',
  'ServiceRequestEditTextMessage', 'ServiceRequestFiles', 'ServiceRequestMessages', 'ServiceRequestSendTextMessage',
  'ServiceRequestTypeAdd', 'ServiceRequestTypeDelete', 'ServiceRequestTypeEdit',
];

describe.skipIf(!HAS_LIVE)(
  HAS_LIVE ? 'PartnerWebAPI2 WSDL against the live one' : `PartnerWebAPI2 WSDL against the live one: SKIPPED, ${LIVE_WSDL} not found`,
  () => {
    let ours: ParsedWsdl;
    let live: ParsedWsdl;
    beforeAll(() => {
      const service = SERVICES.find((s) => s.name === 'PartnerWebAPI2')!;
      ours = parseWsdl(generateWsdl(service, `${LOCATION}/PartnerWebAPI2`));
      live = parseWsdl(readFileSync(LIVE_WSDL, 'utf8'));
    });
    const shared = (items: Record<string, unknown>) => Object.fromEntries(Object.entries(items).filter(([k]) => !LIVE_ONLY.includes(k.replace(/(Request|Response)Message$/, ''))));

    it('has the live operations except the 14 later ones', () => {
      expect(ours.operations).toHaveLength(73);
      expect(live.operations.filter((op) => !ours.operations.includes(op)).sort()).toEqual(LIVE_ONLY);
      expect(ours.operations.filter((op) => !live.operations.includes(op))).toEqual([]);
    });

    it('names definitions, schemas, messages, portType, bindings and ports as the live one does', () => {
      expect([ours.name, ours.targetNamespace]).toEqual([live.name, live.targetNamespace]);
      expect(ours.schemaNamespaces).toEqual(live.schemaNamespaces);
      expect(shared(ours.messages)).toEqual(shared(live.messages));
      expect(ours.portType['@_name']).toBe(live.portType['@_name']);
      expect(ours.bindings.map((b) => [b.name, b.type])).toEqual(live.bindings.map((b) => [b.name, b.type]));
      expect(ours.ports).toEqual(live.ports);
    });

    it('uses the live soapAction format in both bindings', () => {
      expect(ours.bindings[0].actions.ClientAdd).toBe('http://buhphone.com/PartnerWebAPI2#PartnerWebAPI2:ClientAdd');
      ours.bindings.forEach((binding, i) => expect(binding.actions).toEqual(shared(live.bindings[i].actions)));
    });

    it('declares only core types the live core schema has', () => {
      expect(ours.coreTypes.filter((t) => !live.coreTypes.includes(t))).toEqual([]);
    });
  },
);
