import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element with its namespace resolved: what the SOAP and XDTO readers walk. */
export interface XmlElement {
  /** Namespace URI ('' for none). */
  ns: string;
  local: string;
  /** Attributes by qualified name as written (e.g. 'xsi:type', 'name'). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside the element. */
  text: string;
  /** Resolves a prefix in scope at this element ('' = default namespace). */
  lookupNamespace(prefix: string): string | undefined;
}

export class XmlSyntaxError extends Error {}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** A DOCTYPE may declare entities; they are refused, never expanded (billion-laughs and XXE). */
const FORBIDDEN_DECLARATION = /<!(DOCTYPE|ENTITY)/i;

const CDATA_OR_COMMENT = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN_DECLARATION.test(xml) && FORBIDDEN_DECLARATION.test(xml.replace(CDATA_OR_COMMENT, ''))) {
    throw new XmlSyntaxError('DOCTYPE и объявления сущностей не допускаются');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlSyntaxError(`XML не разобран: ${valid.err.msg} (строка ${valid.err.line})`);
  const roots = (parser.parse(xml) as OrderedNode[]).filter((n) => elementName(n) !== undefined);
  if (roots.length === 0) throw new XmlSyntaxError('XML не содержит элементов');
  if (roots.length > 1) throw new XmlSyntaxError('XML не разобран: после корневого элемента есть другие элементы');
  return toElement(roots[0], new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text');
}

function toElement(node: OrderedNode, parentScope: ReadonlyMap<string, string>): XmlElement {
  const qname = elementName(node)!;
  const attrs = node[':@'] ?? {};
  let scope = parentScope;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      (scope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of node[qname] as OrderedNode[]) {
    if ('#text' in child) text += String(child['#text']);
    else if (elementName(child) !== undefined) children.push(toElement(child, scope));
  }
  const finalScope = scope;
  return {
    ns: finalScope.get(prefix) ?? '',
    local: colon < 0 ? qname : qname.slice(colon + 1),
    attrs,
    children,
    text,
    lookupNamespace: (p) => finalScope.get(p),
  };
}

/**
 * Prefixes some clients use without declaring them (node-soap writes xsi:type="xs:string" with no
 * xmlns:xs): read with their conventional meaning. A prefix declared to something else stays foreign.
 */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  xs: 'http://www.w3.org/2001/XMLSchema',
  xsd: 'http://www.w3.org/2001/XMLSchema',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

function namespaceOf(el: XmlElement, prefix: string): string {
  return el.lookupNamespace(prefix) ?? CONVENTIONAL_PREFIXES[prefix] ?? '';
}

/** Resolves a QName-valued attribute (like xsi:type="xs:string") to namespace + local name. */
export function resolveQName(el: XmlElement, qname: string): { ns: string; local: string } {
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  return { ns: namespaceOf(el, prefix), local: colon < 0 ? qname : qname.slice(colon + 1) };
}

/** Finds an attribute by namespace URI and local name, whatever prefix the sender chose. */
export function attrNS(el: XmlElement, ns: string, local: string): string | undefined {
  for (const [name, value] of Object.entries(el.attrs)) {
    const colon = name.indexOf(':');
    if (colon < 0 || name.slice(colon + 1) !== local) continue;
    if (namespaceOf(el, name.slice(0, colon)) === ns) return value;
  }
  return undefined;
}
