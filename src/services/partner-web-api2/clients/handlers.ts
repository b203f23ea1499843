import type { Handler } from '../../../pipeline/call-context.js';
import { deleteClient } from '../../../store/client-deletion.js';
import { ensureRegionAvailable } from '../../../store/partner-regions.js';
import { changedSince, insertRow, pickColumns, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';

const EDITABLE = { Name: 'name', FullName: 'full_name', RegionID: 'region_id', TaxPayerIdentifier: 'inn', RegNumberPPIC: 'reg_number_ppic' };

/** Own clients, and third-party organisations whose people are supported on this partner's lines (spec 3.21). */
const READ_SQL = `
SELECT c.id AS ClientID, c.name AS Name, c.full_name AS FullName, c.region_id AS RegionID, c.inn AS TaxPayerIdentifier,
       CASE WHEN mine THEN c.client_manager_id END AS ClientManager,
       CASE WHEN mine THEN c.service_manager_id END AS ServiceManager,
       CASE WHEN mine THEN c.reg_number_ppic ELSE '' END AS RegNumberPPIC,
       c.deleted AS Deleted, mine AS CreatedByMe
FROM (SELECT *, owner_partner_id = @partner AS mine FROM clients WHERE account = @account) c
WHERE (c.mine AND c.kind = 'client'
       OR EXISTS (SELECT 1 FROM client_visibility v WHERE v.account = c.account AND v.partner_id = @partner AND v.client_id = c.id))
  AND c.changed_at >= @since
ORDER BY c.name, c.id`;

export const CLIENT_HANDLERS: Record<string, Handler> = {
  ClientRead: (ctx, p) =>
    stmt(ctx.db, READ_SQL).all({ account: ctx.account.login, partner: ctx.account.partnerId, since: changedSince(p) }) as Record<string, unknown>[],

  ClientAdd: (ctx, p) => {
    ensureRegionAvailable(ctx, p.RegionID, 'RegionID');
    const id = insertRow(ctx, 'clients', { owner_partner_id: ctx.account.partnerId, ...pickColumns(p, EDITABLE) });
    return { ClientID: id };
  },

  ClientEdit: (ctx, p) => {
    ensureRegionAvailable(ctx, p.RegionID, 'RegionID');
    updateRow(ctx, 'clients', p.ClientID as string, pickColumns(p, EDITABLE));
  },

  ClientDelete: (ctx, p) => {
    deleteClient(ctx, p.ClientID as string);
  },
};
