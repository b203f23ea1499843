import { request } from 'node:http';
import { XMLParser } from 'fast-xml-parser';

import { ENVELOPE_NS, envelope, structureRequest, type SoapVersion } from '../support/soap-request.js';

/** Raw envelopes and responses for the HTTP-level tests of test/server and test/accounts. */
export { envelope, type SoapVersion };

export type PropertyValue = string | { type: string; value: string };

/** A PartnerWebAPI2 call as a client writes it: `<par:Op><par:Params>Property…</par:Params></par:Op>`. */
export function soapRequest(version: SoapVersion, operation: string, params: Record<string, PropertyValue> = {}): string {
  const inputs = Object.fromEntries(Object.entries(params).map(([name, v]) => [name, typeof v === 'string' ? v : { typed: v.type, value: v.value }]));
  return structureRequest('PartnerWebAPI2', operation, inputs, version);
}

export function basicAuth(login: string, password: string): string {
  return `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
}

export interface Fault {
  version: SoapVersion;
  /** faultcode (1.1) or Code/Value (1.2), as written: `soap:Client`, `soap:Sender`… */
  code: string;
  /** faultstring (1.1) or Reason/Text (1.2). */
  reason: string;
}

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

/** The child with this local name, whatever its prefix. */
function child(node: XmlNode, local: string): XmlNode | undefined {
  const key = Object.keys(node).find((k) => !k.startsWith('@') && k.replace(/^[^:]*:/, '') === local);
  return key === undefined ? undefined : (node[key] as XmlNode);
}

function envelopeOf(xml: string): { version: SoapVersion | undefined; body: XmlNode } {
  const doc = parser.parse(xml) as XmlNode;
  const key = Object.keys(doc).find((k) => k.replace(/^[^:]*:/, '') === 'Envelope');
  if (!key) throw new Error(`not an envelope: ${xml}`);
  const env = doc[key] as XmlNode;
  const prefix = key.includes(':') ? `:${key.split(':')[0]}` : '';
  const ns = env[`@xmlns${prefix}`];
  const version = ns === ENVELOPE_NS['1.2'] ? '1.2' : ns === ENVELOPE_NS['1.1'] ? '1.1' : undefined;
  return { version, body: child(env, 'Body') ?? {} };
}

function text(node: unknown): string {
  return typeof node === 'object' && node !== null ? String((node as XmlNode)['#text']) : String(node);
}

/** Reads a SOAP Fault; throws when the XML is not an envelope holding one. */
export function readFault(xml: string): Fault {
  const { version, body } = envelopeOf(xml);
  const fault = child(body, 'Fault');
  if (!fault || !version) throw new Error(`not a fault: ${xml}`);
  if (version === '1.1') return { version, code: text(child(fault, 'faultcode')), reason: text(child(fault, 'faultstring')) };
  const code = child(child(fault, 'Code') ?? {}, 'Value');
  const reason = child(child(fault, 'Reason') ?? {}, 'Text');
  return { version, code: text(code), reason: text(reason) };
}

/** The local name of the first element in the response's Body (`RegionReadResponse`, `Fault`). */
export function bodyElement(xml: string): string {
  const first = Object.keys(envelopeOf(xml).body).find((k) => !k.startsWith('@')) ?? '';
  return first.replace(/^[^:]*:/, '');
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A POST through node:http, which (unlike fetch) neither adds Accept-Encoding nor decodes the answer. */
export function rawPost(url: string, body: string | Buffer, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
