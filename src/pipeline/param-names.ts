import type { ParamSpec } from '../catalog/types.js';
import type { XdtoStructure, XdtoValue } from '../xml/xdto-value.js';

/**
 * Keys of a 1C Structure are case-insensitive (WIRE-FORMAT §3): `BirthDay` and `Birthday` are one
 * parameter. A parameter is found by its catalog name or an alias, in any case; the exact spelling
 * is tried first, so the usual call costs one map lookup.
 */
export function spellingsOf(spec: ParamSpec): readonly string[] {
  return spec.aliases ? [spec.name, ...spec.aliases] : [spec.name];
}

const foldedKeys = new WeakMap<XdtoStructure, Map<string, string>>();

function folded(input: XdtoStructure): Map<string, string> {
  let keys = foldedKeys.get(input);
  if (!keys) {
    keys = new Map();
    for (const key of input.props.keys()) {
      const fold = key.toLowerCase();
      if (!keys.has(fold)) keys.set(fold, key);
    }
    foldedKeys.set(input, keys);
  }
  return keys;
}

export function lookupParam(input: XdtoStructure, spec: ParamSpec): XdtoValue | undefined {
  for (const name of spellingsOf(spec)) {
    const exact = input.props.get(name);
    if (exact !== undefined) return exact;
  }
  const keys = folded(input);
  for (const name of spellingsOf(spec)) {
    const key = keys.get(name.toLowerCase());
    if (key !== undefined) return input.props.get(key);
  }
  return undefined;
}

/** Whether a set of given names (batch columns) holds the parameter, in any case. */
export function namesInclude(given: ReadonlySet<string>, spec: ParamSpec): boolean {
  const spellings = spellingsOf(spec);
  if (spellings.some((n) => given.has(n))) return true;
  const lower = new Set(spellings.map((n) => n.toLowerCase()));
  for (const name of given) if (lower.has(name.toLowerCase())) return true;
  return false;
}
