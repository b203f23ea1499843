import type { ColumnSpec } from '../catalog/types.js';
import type { Scalar } from '../xml/xdto-write.js';

/** ResultCodes of spec 002 section 4.3. */
export type ResultCode =
  | 'SUCCESS'
  | 'ACCESS_ERROR'
  | 'AVAILABLE_BY_SUBSCRIPTION'
  | 'EMPTY_PARAM'
  | 'EXCEEDED_THE_NUMBER'
  | 'OUT_OF_LIMIT'
  | 'PARAMETER_IS_INVALID'
  | 'PARAM_NOT_CORRECT'
  | 'PARAM_NOT_EXIST'
  | 'PERIOD_EXCEEDED'
  | 'STRUCTURE_IS_INVALID'
  | 'TABLE_SIZE_LIMIT_EXCEEDED'
  | 'TABLE_STRUCTURE_IS_INVALID'
  | 'TYPE_MISMATCH'
  | 'UID_NOT_CORRECT'
  | 'UNCLASSIFIED_ERROR'
  | 'VALUE_IS_NOT_VALID';

/** What ResultData carries, before it is written as XML. */
export type OutcomeData =
  | { kind: 'nil' }
  | { kind: 'string'; text: string }
  | { kind: 'table'; columns: readonly ColumnSpec[]; rows: Scalar[][] }
  | { kind: 'structure'; fields: readonly ColumnSpec[]; values: Scalar[] }
  /** A batch call: one row (ResultCode, ResultData) per input row, in order. */
  | { kind: 'batch'; rows: Outcome[] }
  /** Operand protocol only: a bare xs:boolean or xs:base64Binary `return`. */
  | { kind: 'flag'; value: boolean }
  | { kind: 'binary'; bytes: Buffer };

export interface Outcome {
  code: ResultCode;
  data: OutcomeData;
}

/** A business error: becomes ResultCode + ResultData (a parameter name or a short reason). */
export class ApiError extends Error {
  constructor(
    readonly code: Exclude<ResultCode, 'SUCCESS'>,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export function failure(code: Exclude<ResultCode, 'SUCCESS'>, detail: string): Outcome {
  return { code, data: { kind: 'string', text: detail } };
}

export const NOT_IMPLEMENTED = 'operation is not implemented yet';
