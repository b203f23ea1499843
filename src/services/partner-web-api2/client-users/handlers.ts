import { recordWelcomeEmail } from '../../../activity/welcome-email.js';
import type { Handler } from '../../../pipeline/call-context.js';
import { addClientUser } from '../../../store/people.js';
import { SERVED_ON_OWN_LINES } from '../../../store/support-lines.js';
import { clientReadArgs, markDeleted, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { personColumns } from '../person-columns.js';

/**
 * Spec 3.25: users of own clients; users of other partners' clients and other partners' specialists
 * served on this partner's lines (a specialist's ClientID is its partner's organisation).
 */
const READ_SQL = `
SELECT * FROM (
  SELECT u.id AS ClientUserID, u.client_id AS ClientID, u.deleted AS Deleted, CAST(u.login AS TEXT) AS Login, u.name AS Name,
         u.surname AS Surname, u.secondary_name AS SecondaryName, u.birthday AS BirthDay, u.post AS Post,
         u.department_id AS DepartmentID, u.phone AS Phone, u.email AS EMail, c.owner_partner_id = @partner AS CreatedByMe,
         u.changed_at AS changed_at
  FROM client_users u JOIN clients c ON c.account = u.account AND c.id = u.client_id
  WHERE u.account = @account AND (c.owner_partner_id = @partner OR ${SERVED_ON_OWN_LINES('u.id')})
  UNION ALL
  SELECT s.id, s.partner_id, s.deleted, CAST(s.login AS TEXT), s.name, s.surname, s.secondary_name, s.birthday, s.post,
         NULL, s.phone, s.email, 0, s.changed_at
  FROM specialists s
  WHERE s.account = @account AND s.partner_id <> @partner AND ${SERVED_ON_OWN_LINES('s.id')}
)
WHERE changed_at >= @since AND (@client IS NULL OR ClientID = @client)
ORDER BY Surname, Name, ClientUserID`;

export const CLIENT_USER_HANDLERS: Record<string, Handler> = {
  ClientUserRead: (ctx, p) => stmt(ctx.db, READ_SQL).all(clientReadArgs(ctx, p)) as Record<string, unknown>[],

  ClientUserAdd: (ctx, p) => {
    const { id, login } = addClientUser(ctx, p.ClientID as string, personColumns(p));
    return { ClientUserID: id, Login: login };
  },

  ClientUserEdit: (ctx, p) => updateRow(ctx, 'client_users', p.ClientUserID as string, personColumns(p)),

  ClientUserDelete: (ctx, p) => markDeleted(ctx, 'client_users', p.ClientUserID as string),

  ClientUserSendWelcomeEmail: (ctx, p) => {
    recordWelcomeEmail(ctx, 'ClientUserSendWelcomeEmail', 'client_users', p.ClientUserID as string);
  },
};
