import type { RefKind } from '../catalog/types.js';
import type { CallContext } from '../pipeline/call-context.js';
import { CONTACT_TYPES } from '../services/partner-api/dictionaries/values.js';
import { stmt } from './statements.js';

/** A referenced object as the calling partner sees it. */
export interface RefTarget {
  /** Belongs to the calling partner (may be changed by it). */
  own: boolean;
  deleted: boolean;
}

type Resolver = (ctx: CallContext, id: string) => RefTarget | undefined;

interface OwnedRow {
  owner: string;
  deleted: number;
}

function ownedBy(table: string, ownerColumn: string, visibleToOthers: boolean): Resolver {
  return (ctx, id) => {
    const row = stmt(ctx.db, `SELECT ${ownerColumn} AS owner, deleted FROM ${table} WHERE account = ? AND id = ?`)
      .get(ctx.account.login, id) as OwnedRow | undefined;
    if (!row) return undefined;
    const own = row.owner === ctx.account.partnerId;
    if (!own && !visibleToOthers) return undefined;
    return { own, deleted: row.deleted === 1 };
  };
}

/** Clients are visible when own or when their people get support on the partner's lines. */
const client: Resolver = (ctx, id) => {
  const target = ownedBy('clients', 'owner_partner_id', true)(ctx, id);
  if (!target || target.own) return target;
  const visible = stmt(ctx.db, 'SELECT 1 FROM client_visibility WHERE account = ? AND partner_id = ? AND client_id = ?')
    .get(ctx.account.login, ctx.account.partnerId, id);
  return visible ? target : undefined;
};

const region: Resolver = (ctx, id) =>
  stmt(ctx.db, 'SELECT 1 FROM regions WHERE account = ? AND id = ?').get(ctx.account.login, id)
    ? { own: true, deleted: false }
    : undefined;

/** Any partner of the world is known; only the caller itself is its own. */
const partner: Resolver = (ctx, id) =>
  stmt(ctx.db, 'SELECT 1 FROM partners WHERE account = ? AND id = ?').get(ctx.account.login, id)
    ? { own: id === ctx.account.partnerId, deleted: false }
    : undefined;

const contactType: Resolver = (_ctx, id) => (CONTACT_TYPES.some((t) => t.id === id) ? { own: true, deleted: false } : undefined);

/** A client user is seen through the client it belongs to. */
const clientUser: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, 'SELECT client_id, deleted FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, id) as
    | { client_id: string; deleted: number }
    | undefined;
  const owner = row && client(ctx, row.client_id);
  return owner && row ? { own: owner.own, deleted: row.deleted === 1 } : undefined;
};

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

/** A competence of one of the caller's partner agents. */
const competence: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, 'SELECT c.stopped FROM competences c JOIN agents a ON a.account = c.account AND a.id = c.agent_id WHERE c.account = ? AND c.id = ? AND a.owner_id = ?').get(
    ctx.account.login,
    id,
    ctx.account.partnerId,
  ) as { stopped: number } | undefined;
  return row ? { own: true, deleted: row.stopped === 1 } : undefined;
};

export const REF_RESOLVERS: Record<RefKind, Resolver> = {
  client,
  region,
  department: ownedBy('departments', 'partner_id', false),
  specialist: ownedBy('specialists', 'partner_id', false),
  partner,
  contactType,
  serviceType: ownedBy('support_lines', 'partner_id', false),
  clientUser,
  agentPartner: agent(1),
  agentUser: agent(2),
  contract,
  service,
  competence,
};
