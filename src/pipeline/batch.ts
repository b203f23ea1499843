import type { OperationSpec } from '../catalog/types.js';
import type { XdtoStructure, XdtoValue } from '../xml/xdto-value.js';
import { failure, type Outcome } from './outcome.js';
import { namesInclude } from './param-names.js';

/**
 * A batch (package) call: Params is a ValueTable whose columns are parameter names, or an Array of
 * Structures. The whole call is refused before any row runs when it is too large or a required
 * column is missing.
 */
export function splitBatch(op: OperationSpec, params: XdtoValue): { rows: XdtoStructure[] } | Outcome {
  const rows = toStructures(params);
  if (!rows) return failure('TYPE_MISMATCH', 'Params');
  if (rows.length === 0) return failure('EMPTY_PARAM', 'Params');
  if (rows.length > (op.limits.batchSize ?? 0)) return failure('TABLE_SIZE_LIMIT_EXCEEDED', 'Params');
  const columns = new Set(params.type === 'table' ? params.columns : rows.flatMap((r) => [...r.props.keys()]));
  for (const spec of op.params ?? []) {
    if (spec.required && !namesInclude(columns, spec)) return failure('STRUCTURE_IS_INVALID', spec.name);
  }
  return { rows };
}

function toStructures(params: XdtoValue): XdtoStructure[] | undefined {
  if (params.type === 'table') {
    return params.rows.map((values) => ({ type: 'structure', props: new Map(params.columns.map((c, i) => [c, values[i]])) }));
  }
  if (params.type === 'array' && params.items.every((i) => i.type === 'structure')) return params.items as XdtoStructure[];
  return undefined;
}
