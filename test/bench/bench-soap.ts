/** SOAP 1.1 request bodies the bench sends, and reading the mock's answers back. */
import { XMLParser } from 'fast-xml-parser';

export const SERVICE_PATH = '/cus/ws/PartnerWebAPI2';
export const AUTH = `Basic ${Buffer.from('demo:demo').toString('base64')}`;
export const CONTENT_TYPE = 'text/xml; charset=utf-8';

const CORE = 'http://v8.1c.ru/8.1/data/core';

export type Scalar = { type: 'xs:string' | 'xs:dateTime'; text: string };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function value(v: Scalar): string {
  return `<Value xsi:type="${v.type}">${escape(v.text)}</Value>`;
}

function envelope(operation: string, params: string): string {
  return (
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:par="http://buhphone.com/PartnerWebAPI2"' +
    ' xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<soapenv:Body><par:${operation}><par:Params xmlns="${CORE}" xsi:type="Structure">${params}</par:Params></par:${operation}></soapenv:Body></soapenv:Envelope>`
  );
}

/** A call whose Params is a Structure. */
export function structureCall(operation: string, params: Record<string, Scalar> = {}): string {
  return envelope(
    operation,
    Object.entries(params)
      .map(([name, v]) => `<Property name="${name}">${value(v)}</Property>`)
      .join(''),
  );
}

/** A batch call whose Params is a ValueTable of string columns. */
export function tableCall(operation: string, columns: string[], rows: string[][]): string {
  const head = columns.map((c) => `<column><Name>${c}</Name></column>`).join('');
  const body = rows.map((r) => `<row>${r.map((text) => value({ type: 'xs:string', text })).join('')}</row>`).join('');
  return envelope(operation, head + body).replace('xsi:type="Structure"', 'xsi:type="ValueTable"');
}

export const s = (text: string): Scalar => ({ type: 'xs:string', text });
export const dt = (text: string): Scalar => ({ type: 'xs:dateTime', text });

export async function post(url: string, body: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': CONTENT_TYPE, Authorization: AUTH, 'Accept-Encoding': 'identity' }, body });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

type Node = Record<string, unknown>;

/** The content of `<m:return>` in node-soap's object form: attributes under `attributes`, text as `$value`. */
export function returnObject(xml: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    attributesGroupName: 'attributes',
    textNodeName: '$value',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
  const doc = parser.parse(xml) as Node;
  const envelopeNode = Object.entries(doc).find(([k]) => k.endsWith('Envelope'))?.[1] as Node;
  const body = Object.entries(envelopeNode).find(([k]) => k.endsWith('Body'))?.[1] as Node;
  const response = Object.values(body)[0] as Node;
  const ret = Object.entries(response).find(([k]) => k.endsWith('return'))?.[1] as Node;
  const { attributes: _namespaces, ...content } = ret;
  return stripNamespaceDeclarations(content) as Node;
}

function stripNamespaceDeclarations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripNamespaceDeclarations);
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [k, v] of Object.entries(node as Node)) {
    if (k === 'attributes') {
      const kept = Object.fromEntries(Object.entries(v as Node).filter(([a]) => a !== 'xmlns' && !a.startsWith('xmlns:')));
      if (Object.keys(kept).length > 0) out.attributes = kept;
    } else out[k] = stripNamespaceDeclarations(v);
  }
  return out;
}

/** ResultCode and the rows of a ValueTable ResultData, as text (nil → undefined). */
export function readResult(xml: string): { code: string; data: string; rows: Record<string, string | undefined>[] } {
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, isArray: (n) => ['Property', 'column', 'row', 'Value'].includes(n) });
  const find = (node: Node, name: string): Node => Object.entries(node).find(([k]) => k === name)?.[1] as Node;
  const doc = parser.parse(xml) as Node;
  const response = Object.values(find(find(doc, 'Envelope'), 'Body'))[0] as Node;
  const props = (find(response, 'return')?.Property ?? []) as Node[];
  const prop = (name: string) => props.find((p) => p['@_name'] === name);
  const text = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' ? ((v as Node)['#text'] as string | undefined) : undefined);
  const code = text((prop('ResultCode')?.Value as unknown[])?.[0]) ?? '';
  const data = (prop('ResultData')?.Value as Node[] | undefined)?.[0];
  const columns = ((data?.column ?? []) as Node[]).map((c) => String(c.Name));
  const rows = ((data?.row ?? []) as Node[]).map((r) => Object.fromEntries(columns.map((c, i) => [c, text((r.Value as unknown[])[i])])));
  return { code, data: text(data) ?? '', rows };
}
