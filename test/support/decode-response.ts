import { XMLParser } from 'fast-xml-parser';

/**
 * A test-side reader of ResultCode/ResultData, written apart from the server's codec: tables become
 * arrays of row objects keyed by column name (strings; null for xsi:nil), structures objects.
 */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false, isArray: (name) => ['Property', 'column', 'row', 'Value'].includes(name) });

type Node = Record<string, unknown> & { '@name'?: string; '@type'?: string; '@nil'?: string; '#text'?: string };

export function decodeResponse(xml: string): { code: string; data: unknown } {
  const doc = parser.parse(xml) as Record<string, Node>;
  const body = doc.Envelope.Body as Node;
  const response = Object.values(body)[0] as Node;
  const props = (response.return as Node).Property as Node[];
  const value = (p: Node) => (p.Value as Node[])[0];
  return { code: String(text(value(props[0]))), data: decodeValue(value(props[1])) };
}

function text(node: Node | string): string {
  return typeof node === 'string' ? node : (node['#text'] ?? '');
}

function decodeValue(node: Node | string): unknown {
  if (typeof node === 'string') return node;
  if (node['@nil'] === 'true') return null;
  if (node['@type'] === 'ValueTable') {
    const columns = ((node.column as Node[]) ?? []).map((c) => String(c.Name));
    return ((node.row as Node[]) ?? []).map((r) => Object.fromEntries(((r.Value as Node[]) ?? []).map((v, i) => [columns[i], decodeValue(v)])));
  }
  if (node['@type'] === 'Structure') return Object.fromEntries(((node.Property as Node[]) ?? []).map((p) => [p['@name'], decodeValue((p.Value as Node[])[0])]));
  return text(node);
}
