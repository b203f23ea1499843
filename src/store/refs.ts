import type { RefKind } from '../catalog/types.js';
import type { CallContext } from '../pipeline/call-context.js';
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

/** Lines in the partner's list: its own (own) and the ones it imports (visible, not own). */
const line: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, 'SELECT partner_id AS owner, kind, deleted FROM support_lines WHERE account = ? AND id = ?')
    .get(ctx.account.login, id) as (OwnedRow & { kind: string }) | undefined;
  if (!row || row.owner !== ctx.account.partnerId) return undefined;
  return { own: row.kind === 'own', deleted: row.deleted === 1 };
};

/** Anyone who can receive support: a client user of any organisation or a specialist of any partner (spec 3.52). */
const serviceUser: Resolver = (ctx, id) => {
  const row = stmt(
    ctx.db,
    `SELECT c.owner_partner_id AS owner, u.deleted FROM client_users u JOIN clients c ON c.account = u.account AND c.id = u.client_id
     WHERE u.account = @account AND u.id = @id
     UNION ALL SELECT partner_id, deleted FROM specialists WHERE account = @account AND id = @id`,
  ).get({ account: ctx.account.login, id }) as OwnedRow | undefined;
  return row ? { own: row.owner === ctx.account.partnerId, deleted: row.deleted === 1 } : undefined;
};

export const REF_RESOLVERS: Record<RefKind, Resolver> = {
  client,
  region,
  department: ownedBy('departments', 'partner_id', false),
  specialist: ownedBy('specialists', 'partner_id', false),
  line,
  clientParameter: ownedBy('client_parameters', 'partner_id', false),
  serviceUser,
};
