import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkXmlShape, XmlShapeError } from './xml-shape.js';

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
  // Decodes numeric character references (&#171;) too; references XML forbids are refused before parsing.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

export function parseXml(xml: string): XmlElement {
  try {
    checkXmlShape(xml);
  } catch (e) {
    if (e instanceof XmlShapeError) throw new XmlSyntaxError(e.message);
    throw e;
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlSyntaxError(`XML не разобран: ${valid.err.msg} (строка ${valid.err.line})`);
  const roots = (parser.parse(xml) as OrderedNode[]).filter((n) => elementName(n) !== undefined);
  if (roots.length === 0) throw new XmlSyntaxError('XML не содержит элементов');
  if (roots.length > 1) throw new XmlSyntaxError('XML не разобран: после корневого элемента есть другие элементы');
  return toElement(roots[0], XML_SCOPE);
}

/**
 * Namespace bindings in scope: an element's own declarations and a link to its parent's scope, so a
 * declaration is never copied into its descendants (many prefixes times many elements stays linear).
 */
interface Scope {
  own: ReadonlyMap<string, string>;
  parent: Scope | undefined;
}

const XML_SCOPE: Scope = { own: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), parent: undefined };

function resolvePrefix(scope: Scope | undefined, prefix: string): string | undefined {
  for (let s = scope; s; s = s.parent) {
    const ns = s.own.get(prefix);
    if (ns !== undefined) return ns;
  }
  return undefined;
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text');
}

function toElement(node: OrderedNode, parentScope: Scope): XmlElement {
  const qname = elementName(node)!;
  const attrs = node[':@'] ?? {};
  let declared: Map<string, string> | undefined;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) (declared ??= new Map()).set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  const scope: Scope = declared ? { own: declared, parent: parentScope } : parentScope;
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of node[qname] as OrderedNode[]) {
    if ('#text' in child) text += String(child['#text']);
    else if (elementName(child) !== undefined) children.push(toElement(child, scope));
  }
  return {
    ns: resolvePrefix(scope, prefix) ?? '',
    local: colon < 0 ? qname : qname.slice(colon + 1),
    attrs,
    children,
    text,
    lookupNamespace: (p) => resolvePrefix(scope, p),
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
