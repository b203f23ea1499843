import { NS } from './namespaces.js';
import { attrNS, resolveQName, type XmlElement } from './xml-tree.js';
import { emptyStructure, UNDEFINED, type XdtoStructure, type XdtoValue } from './xdto-value.js';

/** The request is malformed at the XDTO level (answered as a SOAP Fault). */
export class XdtoFormatError extends Error {}

const NUMBER_TYPES = new Set(['decimal', 'int', 'integer', 'long', 'double', 'float', 'short']);
const NUMBER_LEXICAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Reads a Structure element (e.g. Params): its Property children; text-only or empty is an empty Structure. */
export function readStructure(el: XmlElement): XdtoStructure {
  const result = emptyStructure();
  for (const prop of el.children) {
    if (prop.local !== 'Property') continue;
    const name = prop.attrs.name;
    if (name === undefined) throw new XdtoFormatError('У элемента Property нет атрибута name');
    const valueEl = prop.children.find((c) => c.local === 'Value');
    result.props.set(name, valueEl ? readValue(valueEl) : UNDEFINED);
  }
  return result;
}

/** Reads a Value-like element by its xsi:type; one without a usable xsi:type is a string. */
export function readValue(el: XmlElement): XdtoValue {
  const nil = attrNS(el, NS.xsi, 'nil');
  if (nil === 'true' || nil === '1') return UNDEFINED;
  const declared = attrNS(el, NS.xsi, 'type');
  if (declared === undefined) return { type: 'string', value: el.text, untyped: true };
  const { ns, local } = resolveQName(el, declared);
  // Core types by local name too: clients write xsi:type="ValueTable" under some other default namespace.
  if (ns === NS.core || (ns !== NS.xs && isCoreLocal(local))) return readCoreValue(el, local);
  if (ns !== NS.xs) return { type: 'string', value: el.text, untyped: true };
  return readSimple(el.text, local);
}

function isCoreLocal(local: string): boolean {
  return local === 'Structure' || local === 'ValueTable' || local === 'Array';
}

function readSimple(text: string, xsType: string): XdtoValue {
  if (xsType === 'string' || xsType === 'anyURI' || xsType === 'normalizedString') return { type: 'string', value: text };
  if (NUMBER_TYPES.has(xsType)) {
    if (!NUMBER_LEXICAL.test(text)) throw new XdtoFormatError(`Значение «${text}» не является числом`);
    return { type: 'number', value: Number(text) };
  }
  if (xsType === 'boolean') {
    const t = text.trim();
    if (t === 'true' || t === '1') return { type: 'boolean', value: true };
    if (t === 'false' || t === '0') return { type: 'boolean', value: false };
    throw new XdtoFormatError(`Значение «${text}» не является булевым`);
  }
  if (xsType === 'dateTime' || xsType === 'date') return { type: 'dateTime', value: text.trim() };
  if (xsType === 'base64Binary') return { type: 'base64', value: Buffer.from(text.replace(/\s+/g, ''), 'base64') };
  return { type: 'string', value: text, untyped: true };
}

function readCoreValue(el: XmlElement, local: string): XdtoValue {
  if (local === 'Structure') return readStructure(el);
  if (local === 'Array') return { type: 'array', items: el.children.filter((c) => c.local === 'Value').map(readValue) };
  if (local === 'ValueTable') return readTable(el);
  if (local === 'UUID') return { type: 'string', value: el.text };
  return { type: 'string', value: el.text, untyped: true };
}

function readTable(el: XmlElement): XdtoValue {
  const columns = el.children
    .filter((c) => c.local === 'column')
    .map((c) => c.children.find((n) => n.local === 'Name')?.text.trim() ?? '');
  const rows = el.children
    .filter((c) => c.local === 'row')
    .map((row) => {
      const values = row.children.filter((c) => c.local === 'Value').map(readValue);
      if (values.length > columns.length) throw new XdtoFormatError('В строке таблицы значений больше значений, чем колонок');
      while (values.length < columns.length) values.push(UNDEFINED);
      return values;
    });
  return { type: 'table', columns, rows };
}
