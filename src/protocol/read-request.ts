import type { ServiceDefinition } from '../pipeline/service.js';
import { readStructure, readValue } from '../xml/xdto-read.js';
import { emptyStructure, type XdtoValue } from '../xml/xdto-value.js';
import type { XmlElement } from '../xml/xml-tree.js';

/**
 * The operation's input as one XDTO value. Structure protocol: the `Params` child, which may be a
 * Structure (also empty or text-only), or a ValueTable/Array for a batch. Operand protocol
 * (PartnerAPI 1.20): each child element is a named operand.
 */
export function readOperationInput(service: ServiceDefinition, element: XmlElement): XdtoValue {
  if (service.protocol === 'operands') return readOperands(element);
  const params = element.children.find((c) => c.local === 'Params');
  if (!params || params.children.length === 0) return emptyStructure();
  const typed = readValue(params);
  if (typed.type === 'table' || typed.type === 'array' || typed.type === 'structure') return typed;
  return readStructure(params);
}

function readOperands(element: XmlElement): XdtoValue {
  const structure = emptyStructure();
  for (const child of element.children) structure.props.set(child.local, readValue(child));
  return structure;
}
