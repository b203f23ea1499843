/** Builds a service's WSDL from its catalog, in the layout the live 1C-Connect services publish (WIRE-FORMAT sections 2 and 10). */

import type { OperationSpec, ParamSpec, ParamType } from '../catalog/types.js';
import type { ServiceDefinition } from '../pipeline/service.js';
import { NS } from '../xml/namespaces.js';
import { coreSchema } from './core-schema.js';
import { el, renderXml, type XmlNode } from './xml-text.js';

const WSDL = {
  wsdl: 'http://schemas.xmlsoap.org/wsdl/',
  soap11: 'http://schemas.xmlsoap.org/wsdl/soap/',
  soap12: 'http://schemas.xmlsoap.org/wsdl/soap12/',
  xmime: 'http://www.w3.org/2005/05/xmlmime',
  wsp: 'http://schemas.xmlsoap.org/ws/2004/09/policy',
  wsu: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd',
  httpTransport: 'http://schemas.xmlsoap.org/soap/http',
  wsiClaim: 'http://ws-i.org/schemas/conformanceClaim/',
  wsiBasicProfile: 'http://ws-i.org/profiles/basic/1.1',
} as const;

/** Binding prefixes as the 1C platform names them. */
type BindingPrefix = 'soapbind' | 'soap12bind';

export function generateWsdl(service: ServiceDefinition, location: string): string {
  const operations = [...service.catalog.values()];
  const root = el('definitions', definitionsAttrs(service), [
    el('types', {}, [coreSchema(), serviceSchema(service, operations)]),
    ...operations.flatMap(messages),
    portType(service, operations),
    binding(service, operations, 'soapbind'),
    binding(service, operations, 'soap12bind'),
    serviceElement(service, location),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}\n`;
}

/** The prefixes the 1C platform declares, unused ones included, so the header reads like the live WSDL's. */
function definitionsAttrs(service: ServiceDefinition): Record<string, string> {
  return {
    xmlns: WSDL.wsdl,
    'xmlns:soap12bind': WSDL.soap12,
    'xmlns:xmime': WSDL.xmime,
    'xmlns:soapbind': WSDL.soap11,
    'xmlns:tns': service.namespace,
    'xmlns:wsp': WSDL.wsp,
    'xmlns:wsu': WSDL.wsu,
    'xmlns:xsd': NS.xs,
    'xmlns:xsd1': service.namespace,
    'xmlns:xsd2': NS.core,
    name: service.name,
    targetNamespace: service.namespace,
  };
}

// Inside the service schema xs1 is the core namespace and xs2 the service's own, as in the live WSDL.
function serviceSchema(service: ServiceDefinition, operations: readonly OperationSpec[]): XmlNode {
  const attrs = {
    'xmlns:xs': NS.xs,
    'xmlns:xs1': NS.core,
    'xmlns:xs2': service.namespace,
    targetNamespace: service.namespace,
    elementFormDefault: 'qualified',
  };
  const elements = operations.flatMap((op) => [requestElement(service, op), responseElement(service, op)]);
  return el('xs:schema', attrs, [el('xs:import', { namespace: NS.core }), ...elements]);
}

function sequenceElement(name: string, children: readonly XmlNode[]): XmlNode {
  return el('xs:element', { name }, [el('xs:complexType', {}, [el('xs:sequence', {}, children)])]);
}

function requestElement(service: ServiceDefinition, op: OperationSpec): XmlNode {
  const children =
    service.protocol === 'structure'
      ? [el('xs:element', { name: 'Params', type: 'xs1:Structure' })]
      : (op.params ?? []).map(operandElement);
  return sequenceElement(op.name, children);
}

function responseElement(service: ServiceDefinition, op: OperationSpec): XmlNode {
  const type = service.protocol === 'structure' ? 'xs1:Structure' : OPERAND_RETURN_TYPES[op.result?.kind ?? 'table'] ?? 'xs1:ValueTable';
  return sequenceElement(`${op.name}Response`, [el('xs:element', { name: 'return', type })]);
}

/** PartnerAPI 1.20 `return`: a core ValueTable, or a bare flag or binary (WIRE-FORMAT §10). */
const OPERAND_RETURN_TYPES: Partial<Record<string, string>> = { flag: 'xs:boolean', binary: 'xs:base64Binary' };

const OPERAND_TYPES: Record<ParamType, string> = {
  string: 'xs:string',
  uuid: 'xs:string',
  number: 'xs:decimal',
  boolean: 'xs:boolean',
  date: 'xs:date',
  dateTime: 'xs:dateTime',
  table: 'xs1:ValueTable',
  array: 'xs1:Array',
  binary: 'xs:base64Binary',
  structure: 'xs1:Structure',
};

function operandElement(param: ParamSpec): XmlNode {
  return el('xs:element', {
    name: param.name,
    type: param.integer ? 'xs:int' : OPERAND_TYPES[param.type],
    minOccurs: param.required ? undefined : '0',
    nillable: 'true',
  });
}

function messages(op: OperationSpec): XmlNode[] {
  const message = (suffix: string, element: string): XmlNode =>
    el('message', { name: `${op.name}${suffix}` }, [el('part', { name: 'parameters', element: `tns:${element}` })]);
  return [message('RequestMessage', op.name), message('ResponseMessage', `${op.name}Response`)];
}

function portType(service: ServiceDefinition, operations: readonly OperationSpec[]): XmlNode {
  const entries = operations.map((op) =>
    el('operation', { name: op.name }, [
      el('input', { message: `tns:${op.name}RequestMessage` }),
      el('output', { message: `tns:${op.name}ResponseMessage` }),
    ]),
  );
  return el('portType', { name: `${service.name}PortType` }, entries);
}

function bindingName(service: ServiceDefinition, prefix: BindingPrefix): string {
  return `${service.name}${prefix === 'soapbind' ? 'Soap' : 'Soap12'}Binding`;
}

export function soapAction(service: ServiceDefinition, operation: string): string {
  return `${service.namespace}#${service.name}:${operation}`;
}

function binding(service: ServiceDefinition, operations: readonly OperationSpec[], prefix: BindingPrefix): XmlNode {
  const body = (): XmlNode => el(`${prefix}:body`, { use: 'literal' });
  const entries = operations.map((op) =>
    el('operation', { name: op.name }, [
      el(`${prefix}:operation`, { style: 'document', soapAction: soapAction(service, op.name) }),
      el('input', {}, [body()]),
      el('output', {}, [body()]),
    ]),
  );
  return el('binding', { name: bindingName(service, prefix), type: `tns:${service.name}PortType` }, [
    el(`${prefix}:binding`, { style: 'document', transport: WSDL.httpTransport }),
    ...entries,
  ]);
}

function serviceElement(service: ServiceDefinition, location: string): XmlNode {
  const claim = el('documentation', {}, [
    el('wsi:Claim', { 'xmlns:wsi': WSDL.wsiClaim, conformsTo: WSDL.wsiBasicProfile }),
  ]);
  return el('service', { name: service.name }, [
    el('port', { name: `${service.name}Soap`, binding: `tns:${bindingName(service, 'soapbind')}` }, [
      claim,
      el('soapbind:address', { location }),
    ]),
    el('port', { name: `${service.name}Soap12`, binding: `tns:${bindingName(service, 'soap12bind')}` }, [
      el('soap12bind:address', { location }),
    ]),
  ]);
}
