import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { deleteClient } from '../../../store/client-deletion.js';
import { lookupItsStatus } from '../../../store/its-registry.js';
import { insertRow, pickColumns, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { ensureContactCode, ensureRegionAvailable } from '../checks.js';
import { ITS_LEVEL_CODE, PAY_METHOD } from '../dictionaries/values.js';
import { given, partnerRows } from '../operands.js';

type Rows = Record<string, unknown>[];

const CLIENT_COLUMNS = `
SELECT c.id AS client_id, c.region_id, c.name AS client_name, c.full_name AS client_full_name, c.deleted AS client_del,
       c.inn AS client_inn, COALESCE(d.kpp, '') AS client_kpp, c.reg_number_ppic AS client_reg_num,
       COALESCE(d.pay_method_id, 0) AS pay_method_id, COALESCE(d.addit_attribute, '') AS addit_attribute, c.id AS client_new_id
FROM clients c LEFT JOIN client_details d ON d.account = c.account AND d.client_id = c.id`;

/** The partner's own clients (spec 003: "которые курируются текущим партнером"). */
const READ_SQL = `${CLIENT_COLUMNS}
WHERE c.account = @account AND c.owner_partner_id = @partner AND c.kind = 'client'
  AND (@client IS NULL OR c.id = @client) AND (@region IS NULL OR c.region_id = @region)
  AND (@client IS NOT NULL OR @all = 1 OR c.deleted = 0)
  AND (@attr IS NULL OR COALESCE(d.addit_attribute, '') = @attr)
ORDER BY c.name, c.id`;

/** Clients of a partner whose people are served on a line importing the caller's line (client_vendor_read). */
const VENDOR_SQL = `${CLIENT_COLUMNS}
WHERE c.account = @account AND c.kind = 'client' AND (@partner IS NULL OR c.owner_partner_id = @partner)
  AND c.id IN (SELECT u.client_id FROM support_lines l
               JOIN line_users lu ON lu.account = l.account AND lu.line_id = l.id
               JOIN client_users u ON u.account = lu.account AND u.id = lu.user_id
               WHERE l.account = @account AND l.source_line_id = @line)
ORDER BY c.name, c.id`;

function readClient(ctx: CallContext, id: string): Rows {
  return partnerRows(ctx, READ_SQL, { client: id, region: null, all: 1, attr: null });
}

const CLIENT_EDITABLE = { client_name: 'name', client_full_name: 'full_name', region_id: 'region_id', client_inn: 'inn', client_reg_num: 'reg_number_ppic' };
const DETAIL_EDITABLE = { client_kpp: 'kpp', pay_method_type_id: 'pay_method_id', addit_attribute: 'addit_attribute' };

/** Writes the PartnerAPI-only fields that were given; a client without a details row gets one. */
function saveDetails(ctx: CallContext, clientId: string, p: Params): void {
  const changes = pickColumns(p, DETAIL_EDITABLE);
  stmt(ctx.db, 'INSERT INTO client_details (account, client_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(ctx.account.login, clientId);
  const columns = Object.keys(changes);
  if (columns.length === 0) return;
  stmt(ctx.db, `UPDATE client_details SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE account = @account AND client_id = @client`).run({
    ...changes,
    account: ctx.account.login,
    client: clientId,
  });
}

/** Spec 003 client_add_its: by default "Оплата за 12 месяцев" with an ITS contract (a registration number), else monthly. */
function addClient(ctx: CallContext, p: Params): Rows {
  ensureRegionAvailable(ctx, p.region_id);
  const id = insertRow(ctx, 'clients', { owner_partner_id: ctx.account.partnerId, ...pickColumns(p, CLIENT_EDITABLE) });
  const payMethod = p.pay_method_type_id ?? (given(p.client_reg_num) ? PAY_METHOD.year : PAY_METHOD.monthly);
  saveDetails(ctx, id, { ...p, pay_method_type_id: payMethod });
  return readClient(ctx, id);
}

/** Given operands replace values, "" clears them, absent or null ones stay (spec 003 client_edit). */
function editClient(ctx: CallContext, p: Params): Rows {
  const id = p.client_id as string;
  ensureRegionAvailable(ctx, p.region_id);
  const changes = pickColumns(p, CLIENT_EDITABLE);
  if (changes.region_id === '') delete changes.region_id;
  if (Object.keys(changes).length > 0) updateRow(ctx, 'clients', id, changes);
  saveDetails(ctx, id, p);
  return readClient(ctx, id);
}

/**
 * Spec 003 client_delete: deletes the client, its users, stops its agents and its users' support
 * lines and abonements. On a deleted client it restores the client only.
 */
function toggleClient(ctx: CallContext, id: string): Rows {
  if (!deleteClient(ctx, id)) updateRow(ctx, 'clients', id, { deleted: 0 });
  return readClient(ctx, id);
}

const CONTACTS_SQL = `
SELECT cc.client_id, cc.contact_type_id, cc.contact_view FROM client_contacts cc
JOIN clients c ON c.account = cc.account AND c.id = cc.client_id
WHERE cc.account = @account AND c.owner_partner_id = @partner AND c.kind = 'client'
  AND (@client IS NULL OR cc.client_id = @client) AND (@type IS NULL OR cc.contact_type_id = @type)
ORDER BY c.name, cc.client_id, cc.contact_type_id`;

function readContacts(ctx: CallContext, client: string | undefined, type: string | undefined): Rows {
  return partnerRows(ctx, CONTACTS_SQL, { client: client, type: type });
}

function readClients(ctx: CallContext, p: Params): Rows {
  ensureRegionAvailable(ctx, p.region_id);
  return partnerRows(ctx, READ_SQL, { client: given(p.client_id), region: given(p.region_id), all: p.include_deleted === true ? 1 : 0, attr: p.addit_attribute });
}

export const CLIENT_HANDLERS: Record<string, Handler> = {
  client_read: (ctx, p) => readClients(ctx, { ...p, addit_attribute: undefined }),
  client_read_advanced: readClients,
  client_add: addClient,
  client_add_its: addClient,
  client_add_advanced: addClient,
  client_edit: editClient,
  client_edit_its: editClient,
  client_edit_advanced: editClient,
  client_delete: (ctx, p) => toggleClient(ctx, p.client_id as string),

  client_contact_read: (ctx, p) => {
    ensureContactCode(p.contact_type_id, 1);
    return readContacts(ctx, given(p.client_id as string), given(p.contact_type_id as string));
  },

  client_contact_edit: (ctx, p) => {
    ensureContactCode(p.contact_type_id, 1);
    stmt(ctx.db, `INSERT INTO client_contacts (account, client_id, contact_type_id, contact_view) VALUES (?, ?, ?, ?)
      ON CONFLICT (account, client_id, contact_type_id) DO UPDATE SET contact_view = excluded.contact_view`).run(
      ctx.account.login,
      p.client_id,
      p.contact_type_id,
      p.contact_view ?? '',
    );
    return readContacts(ctx, p.client_id as string, p.contact_type_id as string);
  },

  client_vendor_read: (ctx, p) =>
    stmt(ctx.db, VENDOR_SQL).all({ account: ctx.account.login, partner: given(p.partner_id) ?? null, line: p.service_type_id }) as Rows,

  /** The registry ClientITSStatus reads (spec 002 3.42), its answer as spec 003's number. */
  client_ITS_status_For_INN: (ctx, p) => {
    const status = lookupItsStatus(ctx.db, ctx.account.login, String(p.INN ?? ''), String(p.RegNumberPP1C ?? ''));
    return [{ ITSLevel: ITS_LEVEL_CODE[status.level], DateFrom: status.dateFrom, DateTo: status.dateTo }];
  },
};
