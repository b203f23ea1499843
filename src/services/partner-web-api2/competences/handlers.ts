import type { Handler } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { addCompetence, competenceIdOf, removeCompetence, setCompetencePriority } from '../../../store/competences.js';
import { changedSince } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';

const READ_SQL = `
SELECT c.specialist_id AS SpecialistID, c.line_id AS ServiceID, c.activate_at AS ActivateDate, c.expires_at AS ExpiresDate, c.priority AS Priority
FROM competences c
JOIN specialists s ON s.account = c.account AND s.id = c.specialist_id AND s.deleted = 0
JOIN support_lines l ON l.account = c.account AND l.id = c.line_id AND l.deleted = 0
WHERE c.account = ? AND s.partner_id = ? AND c.changed_at >= ?
ORDER BY s.surname, s.name, c.specialist_id, c.line_id`;

const priorityOf = (value: unknown): number | undefined => (value === undefined || value === null ? undefined : (value as number));

export const COMPETENCE_HANDLERS: Record<string, Handler> = {
  CompetenceRead: (ctx, p) => stmt(ctx.db, READ_SQL).all(ctx.account.login, ctx.account.partnerId, changedSince(p)) as Record<string, unknown>[],

  /** From now on; a competence that exists already keeps its dates and takes the priority given. */
  CompetenceAdd: (ctx, p) => {
    addCompetence(ctx, p.SpecialistID as string, p.ServiceID as string, priorityOf(p.Priority));
  },

  CompetenceEdit: (ctx, p) => {
    if (!competenceIdOf(ctx, p.SpecialistID as string, p.ServiceID as string)) throw new ApiError('UID_NOT_CORRECT', 'ServiceID');
    setCompetencePriority(ctx, p.SpecialistID as string, p.ServiceID as string, priorityOf(p.Priority));
  },

  CompetenceDelete: (ctx, p) => removeCompetence(ctx, p.SpecialistID as string, p.ServiceID as string),
};
