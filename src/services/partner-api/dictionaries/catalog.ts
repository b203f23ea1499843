import { NO_PARAMS, type OperationDetails } from '../../../catalog/define.js';
import { field, operand, table } from '../operands.js';

/** Spec 003: the fixed dictionaries, and region_read (regions where the partner is present). */
export const DICTIONARY_OPERATIONS: Record<string, OperationDetails> = {
  contact_type_read: {
    params: NO_PARAMS,
    result: table(field.id('contact_type_id'), field.text('contact_type_name', 100), field.int('contact_type_code')),
  },
  role_read: { params: NO_PARAMS, result: table(field.id('role_id'), field.text('role_name', 100)) },
  call_status_type_read: { params: NO_PARAMS, result: table(field.int('call_status_type_id'), field.text('call_status_type_name', 100)) },
  remote_status_type_read: { params: NO_PARAMS, result: table(field.int('remote_status_type_id'), field.text('remote_status_type_name', 100)) },
  remote_access_type_read: { params: NO_PARAMS, result: table(field.int('remote_access_type_id'), field.text('remote_access_type_name', 100)) },
  pay_method_type_read: { params: NO_PARAMS, result: table(field.int('pay_method_type_id'), field.text('pay_method_type_name', 100)) },
  region_read: {
    params: [operand.id('region_id', 'region')],
    result: table(field.id('region_id'), field.text('region_name', 50), field.int('region_time_zone')),
  },
};
