import type { RefKind } from '../catalog/types.js';
import type { CallContext } from '../pipeline/call-context.js';
import { CONTACT_TYPES } from '../services/partner-api/dictionaries/values.js';
import { stmt } from './statements.js';
import { myCompanyLineId, SERVED_ON_OWN_LINES } from './support-lines.js';

/** A referenced object as the calling partner sees it. */
export interface RefTarget {
  /** Belongs to the calling partner (may be changed by it). */
  own: boolean;
  deleted: boolean;
  /** The client (organisation) the object belongs to: a client's own id, a user's or department's client. */
  client?: string;
}

type Resolver = (ctx: CallContext, id: string) => RefTarget | undefined;

interface OwnedRow {
  owner: string;
  deleted: number;
}

/** `deleted` is the table's deletion mark, or '0' for objects that are never deleted. */
function ownedBy(table: string, ownerColumn: string, visibleToOthers: boolean, deleted = 'deleted'): Resolver {
  return (ctx, id) => {
    const row = stmt(ctx.db, `SELECT ${ownerColumn} AS owner, ${deleted} AS deleted FROM ${table} WHERE account = ? AND id = ?`)
      .get(ctx.account.login, id) as OwnedRow | undefined;
    if (!row) return undefined;
    const own = row.owner === ctx.account.partnerId;
    if (!own && !visibleToOthers) return undefined;
    return { own, deleted: row.deleted === 1 };
  };
}

/**
 * Clients are visible when own or when their people get support on the partner's lines. A partner's
 * own organisation is not one of its clients (ClientRead does not list it): unknown to it here.
 */
const client: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, 'SELECT owner_partner_id AS owner, kind, deleted FROM clients WHERE account = ? AND id = ?')
    .get(ctx.account.login, id) as (OwnedRow & { kind: string }) | undefined;
  if (!row) return undefined;
  const target = { own: row.owner === ctx.account.partnerId && row.kind === 'client', deleted: row.deleted === 1, client: id };
  if (target.own) return target;
  const visible = stmt(ctx.db, 'SELECT 1 FROM client_visibility WHERE account = ? AND partner_id = ? AND client_id = ?')
    .get(ctx.account.login, ctx.account.partnerId, id);
  return visible ? target : undefined;
};

interface ChildRow {
  client: string;
  owner: string;
  deleted: number;
}

/**
 * Users of own clients (own); users of other partners' clients and other partners' specialists served on
 * the partner's lines (visible, read-only). A specialist's "client" is its partner's organisation.
 */
const clientUser: Resolver = (ctx, id) => {
  const keys = { account: ctx.account.login, partner: ctx.account.partnerId, id };
  const user = stmt(ctx.db, `SELECT u.client_id AS client, c.owner_partner_id AS owner, u.deleted, ${SERVED_ON_OWN_LINES('u.id')} AS served
    FROM client_users u JOIN clients c ON c.account = u.account AND c.id = u.client_id WHERE u.account = @account AND u.id = @id`)
    .get(keys) as (ChildRow & { served: number }) | undefined;
  const row = user ?? (stmt(ctx.db, `SELECT s.partner_id AS client, s.partner_id AS owner, s.deleted, ${SERVED_ON_OWN_LINES('s.id')} AS served
    FROM specialists s WHERE s.account = @account AND s.id = @id AND s.partner_id <> @partner`).get(keys) as (ChildRow & { served: number }) | undefined);
  if (!row) return undefined;
  const own = row.owner === ctx.account.partnerId;
  if (!own && !row.served) return undefined;
  return { own, deleted: row.deleted === 1, client: row.client };
};

/** Departments of own clients (own) and of visible third-party clients (read-only). */
const clientDepartment: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, `SELECT d.client_id AS client, c.owner_partner_id AS owner, d.deleted FROM client_departments d
    JOIN clients c ON c.account = d.account AND c.id = d.client_id WHERE d.account = ? AND d.id = ?`).get(ctx.account.login, id) as ChildRow | undefined;
  if (!row || !client(ctx, row.client)) return undefined;
  return { own: row.owner === ctx.account.partnerId, deleted: row.deleted === 1, client: row.client };
};

const region: Resolver = (ctx, id) =>
  stmt(ctx.db, 'SELECT 1 FROM regions WHERE account = ? AND id = ?').get(ctx.account.login, id)
    ? { own: true, deleted: false }
    : undefined;

/** A client user who gets or got support on the partner's lines (GetConsumersList): writable by its bots, whoever's client it is. */
const consumer: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, `SELECT deleted FROM client_users u WHERE u.account = @account AND u.id = @id AND ${SERVED_ON_OWN_LINES('u.id')}`)
    .get({ account: ctx.account.login, partner: ctx.account.partnerId, id }) as { deleted: number } | undefined;
  return row && { own: true, deleted: row.deleted === 1 };
};

const specialist = ownedBy('specialists', 'partner_id', false);

/** Whom a bot may write to: a consumer, or one of the partner's own employees (unlike `person`, an own client's user never served is unknown). */
const recipient: Resolver = (ctx, id) => consumer(ctx, id) ?? specialist(ctx, id);

/** An uploaded file of the caller's world (FileID). */
const file: Resolver = (ctx, id) =>
  stmt(ctx.db, 'SELECT 1 FROM files WHERE account = ? AND id = ?').get(ctx.account.login, id) ? { own: true, deleted: false } : undefined;

/** Storefront items: the partner's own, and the common ones of the vendor shown on every storefront. */
function storefrontItem(table: string): Resolver {
  return (ctx, id) => {
    const row = stmt(ctx.db, `SELECT partner_id, common, deleted FROM ${table} WHERE account = ? AND id = ?`).get(ctx.account.login, id) as
      | { partner_id: string; common: number; deleted: number }
      | undefined;
    if (!row) return undefined;
    const own = row.partner_id === ctx.account.partnerId;
    return own || row.common === 1 ? { own, deleted: row.deleted === 1 } : undefined;
  };
}

/**
 * Lines in the partner's list (ServiceLineKind*, PartnerAPI service types): its own (own) and the ones it imports
 * (visible, not own: ACCESS_ERROR where only own lines may be changed).
 */
const line: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, 'SELECT kind, deleted FROM support_lines WHERE account = ? AND id = ? AND partner_id = ?')
    .get(ctx.account.login, id, ctx.account.partnerId) as { kind: string; deleted: number } | undefined;
  return row && { own: row.kind === 'own', deleted: row.deleted === 1 };
};

/** `line` plus «Моя компания», which is no row: only BotAPI may name it (5.4); elsewhere it would be a line without settings. */
const supportLine: Resolver = (ctx, id) => (id === myCompanyLineId(ctx.account.partnerId) ? { own: true, deleted: false } : line(ctx, id));

/** Anyone who can receive support: a client user of any organisation or a specialist of any partner (spec 3.52); wider than `clientUser`, since serving a stranger is how it becomes visible. */
const serviceUser: Resolver = (ctx, id) => {
  const row = stmt(
    ctx.db,
    `SELECT c.owner_partner_id AS owner, u.deleted FROM client_users u JOIN clients c ON c.account = u.account AND c.id = u.client_id
     WHERE u.account = @account AND u.id = @id
     UNION ALL SELECT partner_id, deleted FROM specialists WHERE account = @account AND id = @id`,
  ).get({ account: ctx.account.login, id }) as OwnedRow | undefined;
  return row ? { own: row.owner === ctx.account.partnerId, deleted: row.deleted === 1 } : undefined;
};

/** Any partner of the world is known; only the caller itself is its own. */
const partner: Resolver = (ctx, id) =>
  stmt(ctx.db, 'SELECT 1 FROM partners WHERE account = ? AND id = ?').get(ctx.account.login, id)
    ? { own: id === ctx.account.partnerId, deleted: false }
    : undefined;

const contactType: Resolver = (_ctx, id) => (CONTACT_TYPES.some((t) => t.id === id) ? { own: true, deleted: false } : undefined);

/** Agents: a partner agent (type 1) of the caller, or a user agent (type 2) of one of its clients. */
function agent(type: 1 | 2): Resolver {
  return (ctx, id) => {
    const row = stmt(ctx.db, 'SELECT owner_id, active FROM agents WHERE account = ? AND id = ? AND agent_type = ?').get(ctx.account.login, id, type) as
      | { owner_id: string; active: number }
      | undefined;
    if (!row) return undefined;
    const owner = type === 1 ? (row.owner_id === ctx.account.partnerId ? { own: true } : undefined) : client(ctx, row.owner_id);
    return owner ? { own: owner.own, deleted: row.active === 0 } : undefined;
  };
}

const contract: Resolver = (ctx, id) =>
  stmt(ctx.db, 'SELECT 1 FROM contracts WHERE account = ? AND id = ? AND partner_id = ?').get(ctx.account.login, id, ctx.account.partnerId)
    ? { own: true, deleted: false }
    : undefined;

/** An abonement is seen by the partner that sold it and by the one that serves it; the seller owns it. */
const service: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, 'SELECT sale_partner_id AS sale, service_partner_id AS serves, stopped FROM services WHERE account = ? AND id = ?').get(ctx.account.login, id) as
    | { sale: string; serves: string; stopped: number }
    | undefined;
  if (!row || (row.sale !== ctx.account.partnerId && row.serves !== ctx.account.partnerId)) return undefined;
  return { own: row.sale === ctx.account.partnerId, deleted: row.stopped === 1 };
};

/** A competence (competence_id) of one of the caller's specialists. */
const competence: Resolver = (ctx, id) =>
  stmt(ctx.db, 'SELECT 1 FROM competences c JOIN specialists s ON s.account = c.account AND s.id = c.specialist_id WHERE c.account = ? AND c.id = ? AND s.partner_id = ?').get(
    ctx.account.login,
    id,
    ctx.account.partnerId,
  )
    ? { own: true, deleted: false }
    : undefined;

/** A person served on the lines: a user of a visible client, or one of the partner's specialists. */
const servedPerson: Resolver = (ctx, id) => {
  const user = stmt(ctx.db, 'SELECT client_id FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, id) as
    | { client_id: string }
    | undefined;
  return user ? client(ctx, user.client_id) : specialist(ctx, id);
};

export const REF_RESOLVERS: Record<RefKind, Resolver> = {
  client,
  region,
  department: ownedBy('departments', 'partner_id', false),
  specialist,
  supportLine,
  consumer,
  recipient,
  file,
  clientUser,
  // Whoever acts in the app: a client user the partner sees (never served ones of own clients too) or an own specialist.
  person: (ctx, id) => clientUser(ctx, id) ?? specialist(ctx, id),
  serviceRequestChannel: ownedBy('service_request_channels', 'partner_id', false),
  serviceKind: ownedBy('service_kinds', 'partner_id', false),
  serviceRequestType: ownedBy('service_request_types', 'partner_id', false),
  serviceRequestStatus: ownedBy('service_request_statuses', 'partner_id', false),
  serviceRequest: ownedBy('service_requests', 'partner_id', false),
  storefrontProduct: storefrontItem('storefront_products'),
  startPicture: storefrontItem('start_pictures'),
  storefrontBuyRequest: ownedBy('storefront_buy_requests', 'partner_id', false, '0'),
  clientDepartment,
  line,
  clientParameter: ownedBy('client_parameters', 'partner_id', false),
  serviceUser,
  partner,
  contactType,
  agentPartner: agent(1),
  agentUser: agent(2),
  contract,
  service,
  competence,
  servedPerson,
};
