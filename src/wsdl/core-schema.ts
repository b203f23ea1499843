/** The 1C platform's XDTO core schema (http://v8.1c.ru/8.1/data/core): the value types every 1C web service speaks. */

import { NS } from '../xml/namespaces.js';
import { el, renderXml, type XmlNode } from './xml-text.js';

interface ElementOptions {
  min?: string;
  max?: string;
  nillable?: boolean;
}

/** `type` undefined leaves the element untyped (xs:anyType): 1C values say their type with xsi:type. */
function element(name: string, type: string | undefined, opts: ElementOptions = {}): XmlNode {
  return el('xs:element', {
    name,
    type,
    nillable: opts.nillable ? 'true' : undefined,
    minOccurs: opts.min,
    maxOccurs: opts.max,
  });
}

const many = { min: '0', max: 'unbounded' } as const;
const optional = { min: '0' } as const;

function complexType(name: string, elements: readonly XmlNode[]): XmlNode {
  return el('xs:complexType', { name }, [el('xs:sequence', {}, elements)]);
}

function enumeration(name: string, values: readonly string[]): XmlNode {
  const facets = values.map((value) => el('xs:enumeration', { value }));
  return el('xs:simpleType', { name }, [el('xs:restriction', { base: 'xs:string' }, facets)]);
}

function restriction(name: string, base: string, facets: readonly XmlNode[] = []): XmlNode {
  return el('xs:simpleType', { name }, [el('xs:restriction', { base }, facets)]);
}

/** A list of untyped, nillable values (Array, FixedArray, ValueTableRow). */
function valueList(name: string): XmlNode {
  return complexType(name, [element('Value', undefined, { ...many, nillable: true })]);
}

/** Structure and FixedStructure: named properties, each holding one value. */
function propertySet(name: string): XmlNode {
  const property = el('xs:element', { name: 'Property', minOccurs: '0', maxOccurs: 'unbounded' }, [
    el('xs:complexType', {}, [
      el('xs:sequence', {}, [element('Value', undefined, { nillable: true })]),
      el('xs:attribute', { name: 'name', type: 'xs:NMTOKEN', use: 'required' }),
    ]),
  ]);
  return complexType(name, [property]);
}

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** The core types in name order. */
function coreTypes(): XmlNode[] {
  return [
    enumeration('AllowedLength', ['Fixed', 'Variable']),
    enumeration('AllowedSign', ['Any', 'Nonnegative']),
    valueList('Array'),
    complexType('BinaryDataQualifiers', [element('Length', 'xs:decimal'), element('AllowedLength', 'tns:AllowedLength')]),
    enumeration('DateFractions', ['Date', 'Time', 'DateTime']),
    complexType('DateQualifiers', [element('DateFractions', 'tns:DateFractions')]),
    valueList('FixedArray'),
    propertySet('FixedStructure'),
    restriction('Null', 'xs:string', [el('xs:length', { value: '0' })]),
    complexType('NumberQualifiers', [
      element('Digits', 'xs:decimal'),
      element('FractionDigits', 'xs:decimal'),
      element('AllowedSign', 'tns:AllowedSign'),
    ]),
    complexType('StringQualifiers', [element('Length', 'xs:decimal'), element('AllowedLength', 'tns:AllowedLength')]),
    propertySet('Structure'),
    restriction('Type', 'xs:QName'),
    complexType('TypeDescription', [
      element('Type', 'tns:Type', many),
      element('TypeSet', 'xs:QName', many),
      element('TypeId', 'tns:UUID', many),
      element('NumberQualifiers', 'tns:NumberQualifiers', optional),
      element('StringQualifiers', 'tns:StringQualifiers', optional),
      element('DateQualifiers', 'tns:DateQualifiers', optional),
      element('BinaryDataQualifiers', 'tns:BinaryDataQualifiers', optional),
    ]),
    restriction('UUID', 'xs:string', [el('xs:pattern', { value: UUID_PATTERN })]),
    restriction('ValueStorage', 'xs:base64Binary'),
    complexType('ValueTable', [
      element('column', 'tns:ValueTableColumn', many),
      element('index', 'tns:ValueTableIndex', many),
      element('row', 'tns:ValueTableRow', many),
    ]),
    complexType('ValueTableColumn', [
      element('Name', 'xs:NMTOKEN', optional),
      element('ValueType', 'tns:TypeDescription', optional),
      element('Title', 'xs:string', optional),
      element('Width', 'xs:nonNegativeInteger', optional),
    ]),
    complexType('ValueTableIndex', [element('column', 'xs:NMTOKEN', many)]),
    valueList('ValueTableRow'),
  ];
}

/** The core schema as an element of a WSDL's `types`. */
export function coreSchema(): XmlNode {
  return el(
    'xs:schema',
    {
      'xmlns:tns': NS.core,
      'xmlns:xs': NS.xs,
      targetNamespace: NS.core,
      attributeFormDefault: 'unqualified',
      elementFormDefault: 'qualified',
    },
    coreTypes(),
  );
}

/** The core schema as text, indented for the given depth. */
export function coreSchemaXml(depth = 0): string {
  return renderXml(coreSchema(), depth);
}
