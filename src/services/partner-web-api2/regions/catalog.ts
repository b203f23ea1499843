import { NO_PARAMS, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

/** Spec 3.33. Column order as the live service sends it. */
export const REGION_OPERATIONS: Record<string, OperationDetails> = {
  RegionRead: {
    cacheable: true,
    params: NO_PARAMS,
    result: { kind: 'table', columns: [col.id('RegionID'), col.string('RegionName', 50)] },
  },
};
