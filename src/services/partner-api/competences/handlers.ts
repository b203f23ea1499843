import type { CallContext, Handler } from '../../../pipeline/call-context.js';
import { insertRow, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { given } from '../operands.js';

type Rows = Record<string, unknown>[];

/** Priority of a competence added without one (spec 003 competence_add). */
const DEFAULT_PRIORITY = 3;

const READ_SQL = `
SELECT c.id AS competence_id, c.agent_id AS agent_partner_id, c.service_type_id, c.priority AS prioritet
FROM agent_competences c JOIN agents a ON a.account = c.account AND a.id = c.agent_id
WHERE c.account = @account AND a.owner_id = @partner AND c.stopped = 0
  AND (@id IS NULL OR c.id = @id) AND (@agent IS NULL OR c.agent_id = @agent) AND (@type IS NULL OR c.service_type_id = @type)
  AND (@priority IS NULL OR c.priority = @priority)
ORDER BY a.number, c.priority, c.id`;

function read(ctx: CallContext, f: { id?: unknown; agent?: unknown; type?: unknown; priority?: unknown }): Rows {
  return stmt(ctx.db, READ_SQL).all({
    account: ctx.account.login,
    partner: ctx.account.partnerId,
    id: f.id ?? null,
    agent: f.agent ?? null,
    type: f.type ?? null,
    priority: f.priority ?? null,
  }) as Rows;
}

export const COMPETENCE_HANDLERS: Record<string, Handler> = {
  competence_read: (ctx, p) => read(ctx, { id: given(p.competence_id), agent: given(p.agent_partner_id), type: given(p.service_type_id), priority: p.prioritet || undefined }),

  competence_add: (ctx, p) => {
    const id = insertRow(ctx, 'agent_competences', {
      agent_id: p.agent_partner_id as string,
      service_type_id: p.service_type_id as string,
      priority: (p.prioritet as number) || DEFAULT_PRIORITY,
      stopped: 0,
    });
    return read(ctx, { id });
  },

  competence_stop: (ctx, p) => {
    updateRow(ctx, 'agent_competences', p.competence_id as string, { stopped: 1 });
    return [];
  },
};
