import { NO_PARAMS, type OperationDetails } from '../../../catalog/define.js';
import { contactTypeNotFor, REGION_NOT_AVAILABLE } from '../checks.js';
import { field, operand, table } from '../operands.js';

const PARTNER_FIELDS = table(field.id('partner_id'), field.text('partner_name', 150));
const CONTACT_FIELDS = table(field.id('partner_id'), field.id('region_id'), field.id('contact_type_id'), field.text('contact_view', 500));
const partnerId = operand.id('partner_id', 'partner', { ownOnly: true, faults: { ACCESS_ERROR: 'Нет доступа к указанному партнеру: доступен только текущий партнер' } });
const contactType = (code: 2, required = false) =>
  operand.id('contact_type_id', 'contactType', { required, faults: { VALUE_IS_NOT_VALID: contactTypeNotFor(code) } });

/** Spec 003: partner_read, partner_contact_read/_edit, partner_role_read, partner_region_read, partner_vendor_read. */
export const PARTNER_OPERATIONS: Record<string, OperationDetails> = {
  partner_read: { params: [partnerId], result: PARTNER_FIELDS },
  partner_contact_read: {
    params: [partnerId, operand.id('region_id', 'region'), contactType(2)],
    result: CONTACT_FIELDS,
  },
  partner_contact_edit: {
    params: [
      operand.id('region_id', 'region', { required: true, faults: { ACCESS_ERROR: REGION_NOT_AVAILABLE } }),
      contactType(2, true),
      operand.string('contact_view', 500, { required: true, truncate: true }),
    ],
    result: CONTACT_FIELDS,
  },
  partner_role_read: { params: NO_PARAMS, result: table(field.id('partner_id'), field.id('role_id')) },
  partner_region_read: { params: NO_PARAMS, result: table(field.id('partner_id'), field.id('region_id')) },
  partner_vendor_read: { params: [operand.id('service_id', 'line', { required: true })], result: PARTNER_FIELDS },
};
