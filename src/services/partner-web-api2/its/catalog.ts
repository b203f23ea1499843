import { param, type OperationDetails } from '../../../catalog/define.js';
import { col } from '../../../xml/value-type.js';

/** Spec 3.42: one row per call (per batch row) with the level of the registration number for the INN. */
export const ITS_OPERATIONS: Record<string, OperationDetails> = {
  ClientITSStatus: {
    params: [param.string('ClientINN', 50, { required: true }), param.string('RegNumberPP1C', 12, { required: true, aliases: ['RegNumberPP1С'] })],
    result: { kind: 'table', columns: [col.date('DateFrom'), col.date('DateTo'), col.string('ITSLevel', 13)] },
  },
};
