import type { ParamSpec } from '../catalog/types.js';
import { REF_RESOLVERS, type RefTarget } from '../store/refs.js';
import { parseWireDate } from '../time/account-dates.js';
import { isNightInMoscow, MOSCOW_OFFSET_MINUTES } from '../time/moscow-time.js';
import type { XdtoStructure, XdtoValue } from '../xml/xdto-value.js';
import type { CallContext, ParamRow, ParamValue } from './call-context.js';
import { ApiError } from './outcome.js';
import { isEmptyRef, isValidEmail, UUID_PATTERN } from './value-checks.js';

export interface ConvertedParams {
  params: Record<string, ParamValue>;
  /** Objects named by uuid parameters, for the access stage. */
  refs: Map<string, RefTarget>;
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * Steps 3–4 of spec 2 for one Structure of parameters, in catalog order: PARAM_NOT_EXIST,
 * TYPE_MISMATCH, EMPTY_PARAM, UID_NOT_CORRECT, VALUE_IS_NOT_VALID. The first error is thrown.
 * Undefined (xsi:nil) counts as "not given". Unknown properties are ignored.
 */
export function convertParams(specs: readonly ParamSpec[], input: XdtoStructure, ctx: CallContext): ConvertedParams {
  const result: ConvertedParams = { params: {}, refs: new Map() };
  for (const spec of specs) {
    const raw = lookup(input, spec);
    if (raw === undefined || raw.type === 'undefined') {
      if (spec.required || (spec.requiredByDay && !isNightInMoscow(ctx.now))) throw new ApiError('PARAM_NOT_EXIST', spec.name);
      continue;
    }
    const value = convertType(spec, raw, ctx);
    if (isEmpty(spec, value)) {
      if (!spec.allowEmpty || spec.required) throw new ApiError('EMPTY_PARAM', spec.name);
      result.params[spec.name] = spec.type === 'number' ? 0 : '';
      continue;
    }
    if (spec.type === 'uuid') result.params[spec.name] = resolveRef(spec, value as string, ctx, result.refs);
    else result.params[spec.name] = checkValidity(spec, value);
  }
  return result;
}

function lookup(input: XdtoStructure, spec: ParamSpec): XdtoValue | undefined {
  const direct = input.props.get(spec.name);
  if (direct !== undefined || !spec.aliases) return direct;
  for (const alias of spec.aliases) {
    const v = input.props.get(alias);
    if (v !== undefined) return v;
  }
  return undefined;
}

const EMPTY_DATE_MARK = '';

function convertType(spec: ParamSpec, raw: XdtoValue, ctx: CallContext): ParamValue {
  const mismatch = () => new ApiError('TYPE_MISMATCH', spec.name);
  switch (spec.type) {
    case 'string':
    case 'uuid':
      if (raw.type !== 'string') throw mismatch();
      return spec.type === 'uuid' ? raw.value.trim() : raw.value;
    case 'number':
      if (raw.type === 'number') return raw.value;
      if (raw.type === 'string' && raw.untyped && NUMERIC.test(raw.value)) return Number(raw.value);
      throw mismatch();
    case 'boolean':
      if (raw.type === 'boolean') return raw.value;
      if (raw.type === 'string' && raw.untyped && /^(true|false)$/.test(raw.value.trim())) return raw.value.trim() === 'true';
      throw mismatch();
    case 'date':
    case 'dateTime': {
      if (raw.type !== 'dateTime' && raw.type !== 'string') throw mismatch();
      const tz = spec.serverTimeZone ? MOSCOW_OFFSET_MINUTES : ctx.account.tzOffsetMinutes;
      const parsed = parseWireDate(raw.value, tz);
      if (!parsed) throw mismatch();
      if (parsed.empty) return EMPTY_DATE_MARK;
      return spec.type === 'date' ? parsed.localDate : parsed.utc;
    }
    case 'table':
      if (raw.type !== 'table') throw mismatch();
      return spec.columns ? convertTable(spec, raw, ctx) : raw.rows.length;
    case 'array':
      if (raw.type !== 'array') throw mismatch();
      return raw.items.length;
  }
}

/** A table parameter with columns: size, required columns, then each row's cells as parameters. */
function convertTable(spec: ParamSpec, raw: Extract<XdtoValue, { type: 'table' }>, ctx: CallContext): ParamRow[] {
  if (spec.maxRows !== undefined && raw.rows.length > spec.maxRows) throw new ApiError('TABLE_SIZE_LIMIT_EXCEEDED', spec.name);
  const given = new Set(raw.columns);
  for (const column of spec.columns ?? []) {
    if (column.required && ![column.name, ...(column.aliases ?? [])].some((n) => given.has(n))) {
      throw new ApiError('TABLE_STRUCTURE_IS_INVALID', column.name);
    }
  }
  return raw.rows.map((cells) => {
    const row: XdtoStructure = { type: 'structure', props: new Map(raw.columns.map((c, i) => [c, cells[i]])) };
    return convertParams(spec.columns ?? [], row, ctx).params;
  });
}

function isEmpty(spec: ParamSpec, value: ParamValue): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (spec.type === 'uuid') return isEmptyRef(value as string);
  if (spec.type === 'number') return value === 0;
  return value === '';
}

function resolveRef(spec: ParamSpec, id: string, ctx: CallContext, refs: Map<string, RefTarget>): string {
  if (!UUID_PATTERN.test(id)) throw new ApiError('UID_NOT_CORRECT', spec.name);
  const normalized = id.toLowerCase();
  if (spec.ref) {
    const target = REF_RESOLVERS[spec.ref](ctx, normalized);
    if (!target) throw new ApiError('UID_NOT_CORRECT', spec.name);
    refs.set(spec.name, target);
  }
  return normalized;
}

function checkValidity(spec: ParamSpec, value: ParamValue): ParamValue {
  const invalid = () => new ApiError('VALUE_IS_NOT_VALID', spec.name);
  if (typeof value === 'string') {
    if (spec.maxLength !== undefined && value.length > spec.maxLength) {
      if (!spec.truncate) throw invalid();
      value = value.slice(0, spec.maxLength);
    }
    if (spec.email && !isValidEmail(value)) throw invalid();
  }
  if (typeof value === 'number') {
    if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) throw invalid();
  }
  if (spec.enum && !spec.enum.includes(value as string | number)) throw invalid();
  return value;
}
