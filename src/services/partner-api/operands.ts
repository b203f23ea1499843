import type { ParamSpec, RefKind } from '../../catalog/types.js';
import type { CallContext, Params } from '../../pipeline/call-context.js';
import { stmt } from '../../store/statements.js';
import { col, type ColumnSpec } from '../../xml/value-type.js';

/**
 * Shorthands for PartnerAPI 1.20 operands (spec 003 section 4 notes): `=void` operands are optional;
 * an empty id (or one of blanks) counts as not given; a given operand that is wrong is an error.
 */
export const operand = {
  id: (name: string, ref?: RefKind, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'uuid', maxLength: 36, ref, allowEmpty: !opts.required, ...opts }),
  string: (name: string, maxLength?: number, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'string', maxLength, allowEmpty: true, ...opts }),
  int: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'number', integer: true, allowEmpty: true, ...opts }),
  flag: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'boolean', ...opts }),
  date: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'date', allowEmpty: true, ...opts }),
  dateTime: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'dateTime', allowEmpty: true, ...opts }),
};

/** Result fields: the spec's "string" ids, "integer" codes, strings of the length the spec gives. */
export const field = {
  id: col.id,
  text: (name: string, length = 0): ColumnSpec => col.string(name, length),
  int: (name: string): ColumnSpec => col.number(name, 10),
  flag: col.boolean,
  date: col.date,
  dateTime: col.dateTime,
};

/** An operand's value when it was given and not empty ('' is "not given" for ids). */
export function given<T extends Params[string]>(value: T): Exclude<T, '' | undefined> | undefined {
  return value === '' || value === undefined ? undefined : (value as Exclude<T, '' | undefined>);
}

/** The table result of an operation: `return` is a ValueTable with these fields. */
export const table = (...columns: ColumnSpec[]) => ({ kind: 'table' as const, columns });

/**
 * Rows of a read whose SQL takes the caller's world and partner (@account, @partner) and optional
 * filters: a filter not given is NULL, which the SQL reads as "any".
 */
export function partnerRows(ctx: CallContext, sql: string, filters: Record<string, unknown> = {}): Record<string, unknown>[] {
  const named: Record<string, unknown> = { account: ctx.account.login, partner: ctx.account.partnerId };
  for (const [name, value] of Object.entries(filters)) named[name] = value ?? null;
  return stmt(ctx.db, sql).all(named) as Record<string, unknown>[];
}
