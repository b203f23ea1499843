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

const specialist = ownedBy('specialists', 'partner_id', false);

/** A person served on the lines: a user of a visible client, or one of the partner's specialists. */
const serviceUser: Resolver = (ctx, id) => {
  const user = stmt(ctx.db, 'SELECT client_id FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, id) as
    | { client_id: string }
    | undefined;
  return user ? client(ctx, user.client_id) : specialist(ctx, id);
};

/** The partner's own and imported lines. */
const supportLine: Resolver = (ctx, id) => {
  const row = stmt(ctx.db, 'SELECT deleted FROM support_lines WHERE account = ? AND id = ? AND partner_id = ?').get(ctx.account.login, id, ctx.account.partnerId) as
    | { deleted: number }
    | undefined;
  return row && row.deleted === 0 ? { own: true, deleted: false } : undefined;
};

export const REF_RESOLVERS: Record<RefKind, Resolver> = {
  client,
  region,
  department: ownedBy('departments', 'partner_id', false),
  specialist,
  serviceUser,
  supportLine,
};
