import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { addClientUser, addSpecialist } from '../../../store/people.js';
import { updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { ensureContactCode } from '../checks.js';
import { PERSON_CONTACT_COLUMNS } from '../dictionaries/values.js';
import { given, partnerRows } from '../operands.js';

type Rows = Record<string, unknown>[];

/** Where one kind of person lives: specialists of the partner, or client users of its own clients. */
interface People {
  prefix: 'partner_user' | 'client_user';
  table: 'specialists' | 'client_users';
  ownerColumn: 'partner_id' | 'client_id';
  /** SQL condition on `t` (the person) for the calling partner's people. */
  mine: string;
}

const PARTNER_USERS: People = { prefix: 'partner_user', table: 'specialists', ownerColumn: 'partner_id', mine: 't.partner_id = @partner' };
const CLIENT_USERS: People = {
  prefix: 'client_user',
  table: 'client_users',
  ownerColumn: 'client_id',
  mine: "EXISTS (SELECT 1 FROM clients c WHERE c.account = t.account AND c.id = t.client_id AND c.owner_partner_id = @partner AND c.kind = 'client')",
};

function readPeople(ctx: CallContext, people: People, f: { id?: unknown; owner?: unknown; all?: boolean }): Rows {
  const p = people.prefix;
  const sql = `
SELECT t.id AS ${p}_id, t.${people.ownerColumn}, t.name AS ${p}_name, t.surname AS ${p}_family_name, t.secondary_name AS ${p}_father_name,
       t.birthday AS ${p}_birthday, t.deleted AS ${p}_del
FROM ${people.table} t
WHERE t.account = @account AND ${people.mine} AND (@id IS NULL OR t.id = @id) AND (@owner IS NULL OR t.${people.ownerColumn} = @owner)
  AND (@id IS NOT NULL OR @all = 1 OR t.deleted = 0)
ORDER BY t.surname, t.name, t.id`;
  return partnerRows(ctx, sql, { id: f.id, owner: f.owner, all: f.all ? 1 : 0 });
}

const NAME_COLUMNS = (prefix: string) => ({ [`${prefix}_name`]: 'name', [`${prefix}_family_name`]: 'surname', [`${prefix}_father_name`]: 'secondary_name' });

/** Given names replace, "" clears, absent or null ones stay (spec 003 *_user_edit). */
function nameChanges(prefix: string, p: Params): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const [operandName, column] of Object.entries(NAME_COLUMNS(prefix))) {
    const value = p[operandName];
    if (value !== undefined) changes[column] = String(value);
  }
  return changes;
}

function contacts(ctx: CallContext, people: People, id: unknown, type: unknown): Rows {
  const types = Object.entries(PERSON_CONTACT_COLUMNS).filter(([t]) => type === undefined || t === type);
  const persons = readPeople(ctx, people, { id, all: id !== undefined });
  const ids = persons.map((r) => r[`${people.prefix}_id`] as string);
  if (ids.length === 0) return [];
  const values = stmt(ctx.db, `SELECT id, email, phone FROM ${people.table} WHERE account = ? AND id IN (SELECT value FROM json_each(?))`).all(ctx.account.login, JSON.stringify(ids)) as {
    id: string;
    email: string;
    phone: string;
  }[];
  const byId = new Map(values.map((v) => [v.id, v]));
  return ids.flatMap((personId) =>
    types
      .map(([contactType, column]) => ({ [`${people.prefix}_id`]: personId, contact_type_id: contactType, contact_view: byId.get(personId)?.[column] ?? '' }))
      .filter((r) => r.contact_view !== ''),
  );
}

function handlersFor(people: People, idOperand: string): Record<string, Handler> {
  const { prefix } = people;
  const read: Handler = (ctx, p) => readPeople(ctx, people, { id: given(p[idOperand]), owner: people === CLIENT_USERS ? given(p.client_id) : undefined, all: p.include_deleted === true });
  return {
    [`${prefix}_read`]: read,
    [`${prefix}_read_with_birthday`]: read,
    [`${prefix}_edit`]: (ctx, p) => {
      const changes = nameChanges(prefix, p);
      if (Object.keys(changes).length > 0) updateRow(ctx, people.table, p[idOperand] as string, changes);
      return readPeople(ctx, people, { id: p[idOperand] });
    },
    [`${prefix}_set_birthday`]: (ctx, p) => {
      updateRow(ctx, people.table, p[idOperand] as string, { birthday: p.birthday as string });
      return { Flag: true };
    },
    /** Deletes, or restores a deleted person (spec 003: *_del changes its value). */
    [`${prefix}_delete`]: (ctx, p) => {
      const id = p[idOperand] as string;
      stmt(ctx.db, `UPDATE ${people.table} SET deleted = 1 - deleted WHERE account = ? AND id = ?`).run(ctx.account.login, id);
      updateRow(ctx, people.table, id, {});
      return readPeople(ctx, people, { id });
    },
    [`${prefix}_contact_read`]: (ctx, p) => {
      ensureContactCode(p.contact_type_id, 3);
      return contacts(ctx, people, given(p[idOperand]), given(p.contact_type_id));
    },
    /** Any value replaces the current one (spec 003): no format checks. */
    [`${prefix}_contact_edit`]: (ctx, p) => {
      ensureContactCode(p.contact_type_id, 3);
      const column = PERSON_CONTACT_COLUMNS[p.contact_type_id as string];
      updateRow(ctx, people.table, p[idOperand] as string, { [column]: String(p.contact_view ?? '') });
      return [{ [`${prefix}_id`]: p[idOperand], contact_type_id: p.contact_type_id, contact_view: p.contact_view ?? '' }];
    },
  };
}

export const PEOPLE_HANDLERS: Record<string, Handler> = {
  ...handlersFor(PARTNER_USERS, 'partner_user_id'),
  ...handlersFor(CLIENT_USERS, 'client_user_id'),

  partner_user_add: (ctx, p) => {
    const { id } = addSpecialist(ctx, {
      name: p.partner_user_name as string,
      surname: (p.partner_user_family_name as string) ?? '',
      secondary_name: (p.partner_user_father_name as string) ?? '',
    });
    return readPeople(ctx, PARTNER_USERS, { id });
  },

  client_user_add: (ctx, p) => {
    const { id } = addClientUser(ctx, p.client_id as string, {
      name: p.client_user_name as string,
      surname: (p.client_user_family_name as string) ?? '',
      secondary_name: (p.client_user_father_name as string) ?? '',
    });
    return readPeople(ctx, CLIENT_USERS, { id });
  },
};
