import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';

/**
 * Spec 3.1–3.2: an own, not deleted client; an own, not deleted specialist, or an empty id that
 * clears the field ("При установке нулевого значения параметр сбрасывается").
 */
const SET_MANAGER_PARAMS: readonly ParamSpec[] = [
  param.uuid('ClientID', { required: true, ref: 'client', ownOnly: true, notDeleted: true }),
  param.uuid('SpecialistID', { required: true, allowEmpty: true, ref: 'specialist', notDeleted: true }),
];

export const CLIENT_MANAGER_OPERATIONS: Record<string, OperationDetails> = {
  ClientSetClientManager: { params: SET_MANAGER_PARAMS, result: { kind: 'none' } },
  ClientSetServiceManager: { params: SET_MANAGER_PARAMS, result: { kind: 'none' } },
};
