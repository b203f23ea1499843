import type { ColumnSpec, ResultShape } from '../catalog/types.js';
import { MOSCOW_OFFSET_MINUTES } from '../time/moscow-time.js';
import { EMPTY_DATE, storeToWire } from '../time/account-dates.js';
import type { Scalar } from '../xml/xdto-write.js';
import type { HandlerResult } from './call-context.js';
import type { OutcomeData } from './outcome.js';

/**
 * Step 7 of spec 2: turns a handler's domain result into ResultData by the catalog's result shape.
 * Missing values get the 1C empty value of their type; empty references are Undefined.
 */
export function toResultData(shape: ResultShape | undefined, result: HandlerResult, tzOffsetMinutes: number): OutcomeData {
  if (shape?.kind === 'flag') return { kind: 'flag', value: !(result && !Array.isArray(result) && result.Flag === false) };
  if (shape?.kind === 'binary') {
    const bytes = result && !Array.isArray(result) ? result.Bytes : undefined;
    return { kind: 'binary', bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.alloc(0) };
  }
  if (!shape || shape.kind === 'none' || result === undefined) return { kind: 'nil' };
  if (shape.kind === 'table') {
    const rows = Array.isArray(result) ? result : [result];
    return { kind: 'table', columns: shape.columns, rows: rows.map((r) => cells(shape.columns, r, tzOffsetMinutes)) };
  }
  const single = Array.isArray(result) ? result[0] : result;
  return { kind: 'structure', fields: shape.fields, values: cells(shape.fields, single ?? {}, tzOffsetMinutes) };
}

function cells(columns: readonly ColumnSpec[], row: Record<string, unknown>, tz: number): Scalar[] {
  return columns.map((c) => cell(c, row[c.name], tz));
}

function cell(column: ColumnSpec, value: unknown, tz: number): Scalar {
  const type = column.type;
  switch (type.kind) {
    case 'id':
      return value === null || value === undefined || value === '' ? null : String(value);
    case 'string':
      return value === null || value === undefined ? '' : String(value);
    case 'number':
      return value === null || value === undefined ? 0 : Number(value);
    case 'boolean':
      return value === 1 || value === true;
    case 'date':
      return storeToWire(value as string | null, tz).slice(0, 10) + 'T00:00:00';
    case 'dateTime':
      if (type.timeOfDay) return value ? `0001-01-01T${String(value)}` : EMPTY_DATE;
      return storeToWire(value as string | null, type.serverTimeZone ? MOSCOW_OFFSET_MINUTES : tz);
    case 'base64':
      return value === null || value === undefined ? '' : Buffer.isBuffer(value) ? value.toString('base64') : String(value);
    case 'untyped':
      return value as Scalar;
    case 'structure':
      return value === null || value === undefined ? null : cells(type.fields, value as Record<string, unknown>, tz);
  }
}
