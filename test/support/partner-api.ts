import type { Client } from 'soap';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { resetAccount } from '../../src/runtime.js';
import { postSoap, startMock, type RunningMock } from './mock-server.js';
import { envelope, type SoapVersion } from './soap-request.js';
import { soapClient } from './soap-client.js';

/** A PartnerAPI answer: a table as row objects (strings; null for nil), or the text of a bare `return`. */
export type OperandAnswer = Record<string, string | null>[] | string;

export interface PartnerApiFixture {
  mock: RunningMock;
  client: Client;
  /** PartnerWebAPI2 over the same server, for cross-API checks. */
  web: Client;
}

/** A mock with a node-soap PartnerAPI client; the demo world is reseeded and the clock frozen before each test. */
export function usePartnerApi(frozenAt = '2024-03-01T12:00:00+03:00'): PartnerApiFixture {
  const fixture = {} as PartnerApiFixture;
  beforeAll(async () => {
    fixture.mock = await startMock();
    fixture.client = await soapClient(fixture.mock.url, 'PartnerAPI');
    fixture.web = await soapClient(fixture.mock.url, 'PartnerWebAPI2');
  });
  beforeEach(async () => {
    // The clock is set with the reset, so the seeded activity ends at the frozen now.
    resetAccount(fixture.mock.runtime, 'demo', { now: new Date(frozenAt), frozen: true });
  });
  afterAll(() => fixture.mock.close());
  return fixture;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false, isArray: (name) => ['column', 'row', 'Value'].includes(name) });

type Node = Record<string, unknown> & { '#text'?: string; '@nil'?: string };

/** Reads `return` of a PartnerAPI response, written apart from the server's codec. */
export function decodeOperandResponse(xml: string): OperandAnswer {
  const body = (parser.parse(xml) as Record<string, Node>).Envelope.Body as Node;
  const ret = (Object.values(body)[0] as Node).return as Node | string;
  if (typeof ret === 'string') return ret;
  if (!ret.column) return ret['#text'] ?? '';
  const columns = (ret.column as Node[]).map((c) => String(c.Name));
  return ((ret.row as Node[]) ?? []).map((r) =>
    Object.fromEntries(((r.Value as (Node | string)[]) ?? []).map((v, i) => [columns[i], typeof v === 'string' ? v : v['@nil'] === 'true' ? null : (v['#text'] ?? '')])),
  );
}

/** Calls through node-soap (operands as plain properties) and reads the raw answer. */
export async function operate(client: Client, operation: string, operands: Record<string, unknown> = {}): Promise<OperandAnswer> {
  const method = client[`${operation}Async`] as (a: unknown) => Promise<[unknown, string]>;
  const [, raw] = await method(operands);
  return decodeOperandResponse(raw);
}

/** Rows of a table answer. */
export async function rows(client: Client, operation: string, operands: Record<string, unknown> = {}): Promise<Record<string, string | null>[]> {
  const answer = await operate(client, operation, operands);
  if (typeof answer === 'string') throw new Error(`${operation}: expected a table, got ${answer}`);
  return answer;
}

/** A hand-written operand request: `null` is xsi:nil, other values are typed by xs type or untyped strings. */
export function operandRequest(operation: string, operands: Record<string, string | number | boolean | null>, version: SoapVersion = '1.1'): string {
  const children = Object.entries(operands)
    .map(([name, v]) => (v === null ? `<par:${name} xsi:nil="true"/>` : `<par:${name}>${String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</par:${name}>`))
    .join('');
  return envelope(version, `<par:${operation}>${children}</par:${operation}>`, 'PartnerAPI');
}

/** The Fault text (faultstring / Reason) of a raw call that must fail. */
export async function faultOf(url: string, operation: string, operands: Record<string, string | number | boolean | null> = {}, version: SoapVersion = '1.1'): Promise<string> {
  const res = await postSoap(`${url}/cus/ws/PartnerAPI`, operandRequest(operation, operands, version));
  if (res.status !== 500) throw new Error(`${operation}: expected a Fault, got ${res.status} ${res.text}`);
  const m = /<faultstring>([\s\S]*?)<\/faultstring>|<soap:Text[^>]*>([\s\S]*?)<\/soap:Text>/.exec(res.text);
  return (m?.[1] ?? m?.[2] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Raw call that must succeed, read as an operand answer. */
export async function rawOperate(url: string, operation: string, operands: Record<string, string | number | boolean | null> = {}): Promise<OperandAnswer> {
  const res = await postSoap(`${url}/cus/ws/PartnerAPI`, operandRequest(operation, operands));
  if (res.status !== 200) throw new Error(`${operation}: ${res.status} ${res.text}`);
  return decodeOperandResponse(res.text);
}
