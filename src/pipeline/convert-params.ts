import type { ParamSpec } from '../catalog/types.js';
import { REF_RESOLVERS, type RefTarget } from '../store/refs.js';
import { parseWireDate } from '../time/account-dates.js';
import { isNightInMoscow, MOSCOW_OFFSET_MINUTES, moscowMonthsBefore } from '../time/moscow-time.js';
import type { XdtoStructure, XdtoValue } from '../xml/xdto-value.js';
import type { CallContext, ParamStructure, ParamValue } from './call-context.js';
import { ApiError } from './outcome.js';
import { lookupParam, namesInclude } from './param-names.js';
import { checkOrder } from './rules.js';
import { isEmptyRef, isValidEmail, UUID_PATTERN } from './value-checks.js';
import { hasInvalidXmlChar } from '../xml/xml-chars.js';

export interface ConvertedParams {
  params: Record<string, ParamValue>;
  /** Objects named by uuid parameters, for the access stage. */
  refs: Map<string, RefTarget>;
  /** Rows of table parameters with catalogued columns, each converted like a Structure (for the rules and access stages). */
  tables?: Map<string, ConvertedParams[]>;
}

const BASE64 = /^[\sA-Za-z0-9+/]*={0,2}\s*$/;
const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * Steps 3–4 of spec 2 for one Structure of parameters, in catalog order: PARAM_NOT_EXIST,
 * TYPE_MISMATCH, EMPTY_PARAM, UID_NOT_CORRECT, VALUE_IS_NOT_VALID. The first error is thrown.
 * Undefined (xsi:nil) counts as "not given". Unknown properties are ignored.
 */
export function convertParams(specs: readonly ParamSpec[], input: XdtoStructure, ctx: CallContext): ConvertedParams {
  const result: ConvertedParams = { params: {}, refs: new Map(), tables: new Map() };
  for (const spec of specs) {
    const raw = lookupParam(input, spec);
    if (raw === undefined || raw.type === 'undefined') {
      if (spec.required || (spec.requiredByDay && !isNightInMoscow(ctx.now))) throw new ApiError('PARAM_NOT_EXIST', spec.name);
      continue;
    }
    if (spec.type === 'table' && spec.fields) {
      const rows = convertTable(spec, spec.fields, raw, ctx);
      result.tables?.set(spec.name, rows);
      result.params[spec.name] = rows.map((r) => r.params);
      continue;
    }
    if (spec.type === 'structure') {
      const structure = convertStructure(spec, raw, ctx);
      if (structure !== undefined) result.params[spec.name] = structure;
      continue;
    }
    const value = convertType(spec, raw, ctx);
    if (isEmpty(spec, value)) {
      // "Обязательное, возможно пустое" (BotAPI 5.x) is required with allowEmpty.
      if (!spec.allowEmpty) throw new ApiError('EMPTY_PARAM', spec.name);
      result.params[spec.name] = spec.type === 'number' ? 0 : '';
      continue;
    }
    if (spec.type === 'uuid') result.params[spec.name] = resolveRef(spec, value as string, ctx, result.refs);
    else if (spec.ref && typeof value === 'string') result.params[spec.name] = resolveKey(spec, value, ctx, result.refs);
    else result.params[spec.name] = checkValidity(spec, value, ctx);
  }
  checkOrder(specs, result.params);
  return result;
}

/** A nested Structure: every required field must exist (STRUCTURE_IS_INVALID), then each is checked as a parameter. An empty one is "no value". */
function convertStructure(spec: ParamSpec, raw: XdtoValue, ctx: CallContext): ParamStructure | undefined {
  if (raw.type !== 'structure') throw new ApiError('TYPE_MISMATCH', spec.name);
  if (raw.props.size === 0) {
    if (!spec.allowEmpty) throw new ApiError('EMPTY_PARAM', spec.name);
    return undefined;
  }
  const fields = spec.fields ?? [];
  for (const field of fields) {
    const given = lookupParam(raw, field);
    if (field.required && (given === undefined || given.type === 'undefined')) throw new ApiError('STRUCTURE_IS_INVALID', field.name);
  }
  return convertParams(fields, raw, ctx).params;
}

/** A ValueTable parameter with catalogued columns: required columns present (TABLE_STRUCTURE_IS_INVALID), then each row as a Structure. */
function convertTable(spec: ParamSpec, columns: readonly ParamSpec[], raw: XdtoValue, ctx: CallContext): ConvertedParams[] {
  if (raw.type !== 'table') throw new ApiError('TYPE_MISMATCH', spec.name);
  if (spec.maxRows !== undefined && raw.rows.length > spec.maxRows) throw new ApiError('TABLE_SIZE_LIMIT_EXCEEDED', spec.name);
  if (raw.rows.length === 0) {
    if (!spec.allowEmpty) throw new ApiError('EMPTY_PARAM', spec.name);
    return [];
  }
  const given = new Set(raw.columns);
  for (const column of columns) {
    if (column.required && !namesInclude(given, column)) throw new ApiError('TABLE_STRUCTURE_IS_INVALID', column.name);
  }
  return raw.rows.map((values) => {
    const row: XdtoStructure = { type: 'structure', props: new Map(raw.columns.map((c, i) => [c, values[i]])) };
    return convertParams(columns, row, ctx);
  });
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
    {
      const n = raw.type === 'number' ? raw.value : raw.type === 'string' && raw.untyped && NUMERIC.test(raw.value) ? Number(raw.value) : NaN;
      if (!Number.isFinite(n)) throw mismatch();
      return n;
    }
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
      if (spec.timeOfDay) return timeOfDay(raw.value);
      return spec.type === 'date' ? parsed.localDate : parsed.utc;
    }
    case 'table':
      if (raw.type !== 'table') throw mismatch();
      return raw.rows.length;
    case 'binary':
      if (raw.type === 'base64') return raw.value;
      if (raw.type === 'string' && BASE64.test(raw.value)) return Buffer.from(raw.value.replace(/\s+/g, ''), 'base64');
      throw mismatch();
    case 'array':
      if (raw.type !== 'array') throw mismatch();
      return raw.items.length;
    case 'structure':
      throw mismatch();
  }
}

/** `HH:MM:SS` as written in a lexical date that parsed; a date without a time is midnight. */
function timeOfDay(text: string): string {
  return /T(\d{2}:\d{2}:\d{2})/.exec(text)?.[1] ?? '00:00:00';
}

function isEmpty(spec: ParamSpec, value: ParamValue): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (spec.type === 'uuid') return isEmptyRef(value as string);
  if (spec.type === 'number') return value === 0;
  if (Buffer.isBuffer(value)) return value.length === 0;
  return value === '';
}

function resolveRef(spec: ParamSpec, id: string, ctx: CallContext, refs: Map<string, RefTarget>): string {
  if (!UUID_PATTERN.test(id)) throw new ApiError('UID_NOT_CORRECT', spec.name);
  const normalized = id.toLowerCase();
  if (spec.ref) {
    const target = REF_RESOLVERS[spec.ref](ctx, normalized);
    if (!target || (spec.notDeleted && target.deleted)) throw new ApiError('UID_NOT_CORRECT', spec.name);
    refs.set(spec.name, target);
  }
  return normalized;
}

/** A string parameter naming an object by a key that is not a UUID (a FileID): length first, then the object. */
function resolveKey(spec: ParamSpec, key: string, ctx: CallContext, refs: Map<string, RefTarget>): string {
  checkValidity(spec, key, ctx);
  const target = spec.ref ? REF_RESOLVERS[spec.ref](ctx, key) : undefined;
  if (!target) throw new ApiError('UID_NOT_CORRECT', spec.name);
  refs.set(spec.name, target);
  return key;
}

function checkValidity(spec: ParamSpec, value: ParamValue, ctx: CallContext): ParamValue {
  const invalid = () => new ApiError('VALUE_IS_NOT_VALID', spec.name);
  if (value instanceof Date && spec.notBeforeMonths !== undefined && value < moscowMonthsBefore(ctx.now, spec.notBeforeMonths)) throw invalid();
  if (typeof value === 'string') {
    // A character XML cannot carry would make every later read of the object malformed.
    if (hasInvalidXmlChar(value)) throw invalid();
    if (spec.maxLength !== undefined && value.length > spec.maxLength) {
      if (!spec.truncate) throw invalid();
      value = value.slice(0, spec.maxLength);
    }
    if (spec.email && !(spec.email === 'list' ? value.split(/[,;]/).map((a) => a.trim()) : [value]).every(isValidEmail)) throw invalid();
    if (spec.pattern && !spec.pattern.test(value)) throw invalid();
  }
  if (typeof value === 'number') {
    if (spec.integer && !Number.isInteger(value)) throw invalid();
    if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) throw invalid();
  }
  if (spec.enum && !spec.enum.includes(value as string | number)) throw invalid();
  return value;
}
