import type { Handler } from '../../../pipeline/call-context.js';
import { given, partnerRows } from '../operands.js';
import { CALL_STATUS_TYPES, CONTACT_TYPES, PAY_METHOD_TYPES, REMOTE_ACCESS_TYPES, REMOTE_STATUS_TYPES, ROLES } from './values.js';

const rows = <T extends { id: string | number; name: string }>(items: readonly T[], prefix: string) =>
  items.map((i) => ({ [`${prefix}_id`]: i.id, [`${prefix}_name`]: i.name }));

const REGIONS_SQL = `
SELECT r.id AS region_id, r.name AS region_name, r.time_zone AS region_time_zone
FROM regions r JOIN partner_regions pr ON pr.account = r.account AND pr.region_id = r.id AND pr.partner_id = @partner
WHERE r.account = @account AND (@region IS NULL OR r.id = @region)
ORDER BY r.name, r.id`;

export const DICTIONARY_HANDLERS: Record<string, Handler> = {
  contact_type_read: () => CONTACT_TYPES.map((t) => ({ contact_type_id: t.id, contact_type_name: t.name, contact_type_code: t.code })),
  role_read: () => rows(ROLES, 'role'),
  call_status_type_read: () => rows(CALL_STATUS_TYPES, 'call_status_type'),
  remote_status_type_read: () => rows(REMOTE_STATUS_TYPES, 'remote_status_type'),
  remote_access_type_read: () => rows(REMOTE_ACCESS_TYPES, 'remote_access_type'),
  pay_method_type_read: () => rows(PAY_METHOD_TYPES, 'pay_method_type'),
  region_read: (ctx, p) =>
    partnerRows(ctx, REGIONS_SQL, { region: given(p.region_id) }),
};
