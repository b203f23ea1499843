import type { Handler } from '../../../pipeline/call-context.js';
import { stmt } from '../../../store/statements.js';
import { ensureContactCode, ensureRegionAvailable } from '../checks.js';
import { given, partnerRows } from '../operands.js';

type Rows = Record<string, unknown>[];

const CONTACTS_SQL = `
SELECT partner_id, region_id, contact_type_id, contact_view FROM partner_contacts
WHERE account = @account AND partner_id = @partner AND (@region IS NULL OR region_id = @region) AND (@type IS NULL OR contact_type_id = @type)
ORDER BY region_id, contact_type_id`;

/** Partners that import one of the caller's lines (spec 003 partner_vendor_read). */
const IMPORTERS_SQL = `
SELECT DISTINCT p.id AS partner_id, p.name AS partner_name
FROM support_lines l JOIN partners p ON p.account = l.account AND p.id = l.partner_id
WHERE l.account = ? AND l.source_line_id = ? AND l.deleted = 0
ORDER BY p.name, p.id`;

export const PARTNER_HANDLERS: Record<string, Handler> = {
  partner_read: (ctx) => stmt(ctx.db, 'SELECT id AS partner_id, name AS partner_name FROM partners WHERE account = ? AND id = ?').all(ctx.account.login, ctx.account.partnerId) as Rows,

  partner_contact_read: (ctx, p) => {
    ensureContactCode(p.contact_type_id, 2);
    return partnerRows(ctx, CONTACTS_SQL, { region: given(p.region_id), type: given(p.contact_type_id) });
  },

  partner_contact_edit: (ctx, p) => {
    ensureRegionAvailable(ctx, p.region_id);
    ensureContactCode(p.contact_type_id, 2);
    const row = { account: ctx.account.login, partner: ctx.account.partnerId, region: p.region_id, type: p.contact_type_id, view: p.contact_view ?? '' };
    stmt(ctx.db, `INSERT INTO partner_contacts (account, partner_id, region_id, contact_type_id, contact_view) VALUES (@account, @partner, @region, @type, @view)
      ON CONFLICT (account, partner_id, region_id, contact_type_id) DO UPDATE SET contact_view = excluded.contact_view`).run(row);
    return stmt(ctx.db, CONTACTS_SQL).all({ account: row.account, partner: row.partner, region: row.region, type: row.type }) as Rows;
  },

  partner_role_read: (ctx) =>
    stmt(ctx.db, 'SELECT partner_id, role_id FROM partner_roles WHERE account = ? AND partner_id = ? ORDER BY role_id').all(ctx.account.login, ctx.account.partnerId) as Rows,

  partner_region_read: (ctx) =>
    stmt(ctx.db, 'SELECT pr.partner_id, pr.region_id FROM partner_regions pr JOIN regions r ON r.account = pr.account AND r.id = pr.region_id WHERE pr.account = ? AND pr.partner_id = ? ORDER BY r.name, r.id')
      .all(ctx.account.login, ctx.account.partnerId) as Rows,

  partner_vendor_read: (ctx, p) => stmt(ctx.db, IMPORTERS_SQL).all(ctx.account.login, p.service_id) as Rows,
};
