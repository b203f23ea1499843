import { WELL_KNOWN } from '../../seed/demo-world.js';
import type { OperationSpec, ParamSpec, RefKind } from '../../src/catalog/types.js';
import type { ParamInput } from './soap-client.js';

/** An own, existing object of each kind a uuid parameter can name: what a minimal valid call passes. */
export const OWN_OBJECT: Record<RefKind, string> = {
  client: WELL_KNOWN.ownClient,
  region: WELL_KNOWN.regionMoscow,
  department: WELL_KNOWN.department,
  specialist: WELL_KNOWN.specialist,
};

/** A valid value of a parameter, from its catalog record. */
export function sample(spec: ParamSpec): ParamInput {
  switch (spec.type) {
    case 'uuid':
      return spec.ref ? OWN_OBJECT[spec.ref] : '6f1c2d3e-4a5b-4c6d-8e7f-000000000001';
    case 'string':
      if (spec.enum) return String(spec.enum[0]);
      return spec.email ? 'check@example.ru' : 'Проверка'.slice(0, spec.maxLength ?? 8);
    case 'number':
      return spec.enum ? Number(spec.enum[0]) : (spec.min ?? 1);
    case 'boolean':
      return true;
    default:
      return { dateTime: '2024-02-29T10:00:00' };
  }
}

/** The required parameters of an operation with valid values, one left out if named. */
export function minimalParams(op: OperationSpec, without?: string): Record<string, ParamInput> {
  const required = (op.params ?? []).filter((p) => p.required && p.name !== without);
  return Object.fromEntries(required.map((p) => [p.name, sample(p)]));
}
