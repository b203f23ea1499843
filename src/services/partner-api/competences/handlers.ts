import type { CallContext, Handler } from '../../../pipeline/call-context.js';
import { addCompetence, removeCompetence } from '../../../store/competences.js';
import { stmt } from '../../../store/statements.js';
import { given, partnerRows } from '../operands.js';

type Rows = Record<string, unknown>[];

/**
 * The PartnerWebAPI2 competences seen through partner agents: a row of `competences` (specialist, line) is
 * the competence of the specialist's partner agent (the filter's agent, else its first active one by number).
 * Specialists without a partner agent, deleted specialists and deleted lines are not listed.
 */
const READ_SQL = `
SELECT c.id AS competence_id, a.id AS agent_partner_id, c.line_id AS service_type_id, c.priority AS prioritet
FROM competences c
JOIN specialists s ON s.account = c.account AND s.id = c.specialist_id AND s.deleted = 0
JOIN support_lines l ON l.account = c.account AND l.id = c.line_id AND l.deleted = 0
JOIN agents a ON a.account = c.account AND a.agent_type = 1 AND a.user_id = c.specialist_id
  AND a.id = COALESCE(@agent, (SELECT x.id FROM agents x WHERE x.account = c.account AND x.agent_type = 1 AND x.user_id = c.specialist_id
                               ORDER BY x.active DESC, CAST(x.number AS INTEGER) LIMIT 1))
WHERE c.account = @account AND s.partner_id = @partner
  AND (@id IS NULL OR c.id = @id) AND (@type IS NULL OR c.line_id = @type) AND (@priority IS NULL OR c.priority = @priority)
ORDER BY CAST(a.number AS INTEGER), c.priority, c.id`;

function read(ctx: CallContext, f: { id?: unknown; agent?: unknown; type?: unknown; priority?: unknown }): Rows {
  return partnerRows(ctx, READ_SQL, { id: f.id, agent: f.agent, type: f.type, priority: f.priority });
}

/** The specialist who holds a partner agent. */
function specialistOf(ctx: CallContext, agentId: string): string {
  return (stmt(ctx.db, 'SELECT user_id FROM agents WHERE account = ? AND id = ?').get(ctx.account.login, agentId) as { user_id: string }).user_id;
}

export const COMPETENCE_HANDLERS: Record<string, Handler> = {
  competence_read: (ctx, p) => read(ctx, { id: given(p.competence_id), agent: given(p.agent_partner_id), type: given(p.service_type_id), priority: p.prioritet || undefined }),

  /** The same pair as CompetenceAdd: an existing competence keeps its id and takes the priority given. */
  competence_add: (ctx, p) => {
    const agent = p.agent_partner_id as string;
    const id = addCompetence(ctx, specialistOf(ctx, agent), p.service_type_id as string, (p.prioritet as number) || undefined);
    return read(ctx, { id, agent });
  },

  /** Removes the competence as CompetenceDelete does. */
  competence_stop: (ctx, p) => {
    const row = stmt(ctx.db, 'SELECT specialist_id, line_id FROM competences WHERE account = ? AND id = ?').get(ctx.account.login, p.competence_id) as {
      specialist_id: string;
      line_id: string;
    };
    removeCompetence(ctx, row.specialist_id, row.line_id);
    return [];
  },
};
