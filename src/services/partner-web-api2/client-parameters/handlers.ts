import type { CallContext, Handler } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { insertRow, pickColumns, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { toStoreTimestamp } from '../../../time/account-dates.js';
import { MAX_CLIENT_PARAMETER_KINDS } from './catalog.js';

const EDITABLE = { Name: 'name', ShowToClientUsers: 'show_to_client_users', ShowToSpecialists: 'show_to_specialists' };

const READ_SQL = `SELECT id AS ClientParameterID, name AS Name, show_to_client_users AS ShowToClientUsers, show_to_specialists AS ShowToSpecialists
FROM client_parameters WHERE account = ? AND partner_id = ? AND deleted = 0 ORDER BY created_at, id`;

/** Every live kind × every client the partner sees (own live clients and visible third-party ones), with the value or '' / NONE. */
const VALUES_SQL = `
SELECT k.id AS ClientParameterID, c.id AS ClientID, COALESCE(v.value, '') AS Value, COALESCE(v.color, 'NONE') AS Color
FROM client_parameters k
JOIN clients c ON c.account = k.account AND c.deleted = 0
  AND (c.owner_partner_id = @partner AND c.kind = 'client'
       OR EXISTS (SELECT 1 FROM client_visibility cv WHERE cv.account = c.account AND cv.partner_id = @partner AND cv.client_id = c.id))
LEFT JOIN client_parameter_values v ON v.account = k.account AND v.parameter_id = k.id AND v.client_id = c.id
WHERE k.account = @account AND k.partner_id = @partner AND k.deleted = 0
  AND (@kind IS NULL OR k.id = @kind) AND (@client IS NULL OR c.id = @client)
ORDER BY k.created_at, k.id, c.name, c.id`;

function liveKinds(ctx: CallContext): number {
  return (stmt(ctx.db, 'SELECT COUNT(*) AS n FROM client_parameters WHERE account = ? AND partner_id = ? AND deleted = 0')
    .get(ctx.account.login, ctx.account.partnerId) as { n: number }).n;
}

const bit = (v: unknown) => (v === true ? 1 : 0);

export const CLIENT_PARAMETER_HANDLERS: Record<string, Handler> = {
  ClientAdditionalParameterAdd: (ctx, p) => {
    if (liveKinds(ctx) >= MAX_CLIENT_PARAMETER_KINDS) {
      throw new ApiError('EXCEEDED_THE_NUMBER', `Партнер может добавить не более ${MAX_CLIENT_PARAMETER_KINDS} видов дополнительных параметров клиента`);
    }
    const id = insertRow(ctx, 'client_parameters', {
      partner_id: ctx.account.partnerId,
      name: p.Name as string,
      show_to_client_users: bit(p.ShowToClientUsers),
      show_to_specialists: bit(p.ShowToSpecialists),
    });
    return { ClientParameterID: id };
  },

  ClientAdditionalParameterRead: (ctx) => stmt(ctx.db, READ_SQL).all(ctx.account.login, ctx.account.partnerId) as Record<string, unknown>[],

  ClientAdditionalParameterEdit: (ctx, p) => {
    const changes = pickColumns(p, EDITABLE);
    for (const column of ['show_to_client_users', 'show_to_specialists']) if (column in changes) changes[column] = bit(changes[column]);
    updateRow(ctx, 'client_parameters', p.ClientParameterID as string, changes);
  },

  ClientAdditionalParameterDelete: (ctx, p) => {
    const row = stmt(ctx.db, 'SELECT deleted FROM client_parameters WHERE account = ? AND id = ?').get(ctx.account.login, p.ClientParameterID) as { deleted: number };
    if (row.deleted === 0) updateRow(ctx, 'client_parameters', p.ClientParameterID as string, { deleted: 1 });
  },

  ClientAdditionalParameterValueRead: (ctx, p) =>
    stmt(ctx.db, VALUES_SQL).all({
      account: ctx.account.login,
      partner: ctx.account.partnerId,
      kind: p.ClientParameterID ?? null,
      client: p.ClientID ?? null,
    }) as Record<string, unknown>[],

  /** Only the given fields change; the first edit of a client's value creates it. */
  ClientAdditionalParameterValueEdit: (ctx, p) => {
    stmt(
      ctx.db,
      `INSERT INTO client_parameter_values (account, parameter_id, client_id, value, color, changed_at)
       VALUES (@account, @kind, @client, COALESCE(@value, ''), COALESCE(@color, 'NONE'), @now)
       ON CONFLICT (account, parameter_id, client_id) DO UPDATE SET
         value = COALESCE(@value, value), color = COALESCE(@color, color), changed_at = @now`,
    ).run({
      account: ctx.account.login,
      kind: p.ClientParameterID,
      client: p.ClientID,
      value: p.Value ?? null,
      color: p.Color ?? null,
      now: toStoreTimestamp(ctx.now),
    });
  },
};
