import type { CallContext } from '../../pipeline/call-context.js';
import { ApiError } from '../../pipeline/outcome.js';
import { ensureRegionAvailable as ensurePartnerRegion } from '../../store/partner-regions.js';
import { contactTypeCode } from './dictionaries/values.js';

/** Checks across the store that the catalog cannot express; their Fault texts are the operands' `faults`. */

/** A region where the partner is allowed to work (partner_region_read); ACCESS_ERROR otherwise. */
export function ensureRegionAvailable(ctx: CallContext, regionId: unknown, operandName = 'region_id'): void {
  ensurePartnerRegion(ctx, regionId, operandName);
}

/** A contact type of the kind the operation takes (1 clients, 2 partners, 3 people); VALUE_IS_NOT_VALID otherwise. */
export function ensureContactCode(contactTypeId: unknown, code: 1 | 2 | 3, operandName = 'contact_type_id'): void {
  if (typeof contactTypeId !== 'string' || contactTypeId === '') return;
  if (contactTypeCode(contactTypeId) !== code) throw new ApiError('VALUE_IS_NOT_VALID', operandName);
}

export const REGION_NOT_AVAILABLE = 'Указанный регион недоступен текущему партнеру (см. partner_region_read)';
export const contactTypeNotFor = (code: 1 | 2 | 3): string =>
  `Вид контактной информации не подходит для операции: нужен вид с contact_type_code = ${code}`;
