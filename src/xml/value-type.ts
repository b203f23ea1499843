/** 1C value types of result columns, written as a core TypeDescription. */
export type ColumnType =
  | { kind: 'id' }
  | { kind: 'string'; length: number }
  | { kind: 'number'; digits: number; fraction?: number; nonNegative?: boolean }
  | { kind: 'boolean' }
  | { kind: 'date' }
  /** `timeOfDay`: a wall-clock `HH:MM:SS` written on 0001-01-01, with no zone conversion. */
  | { kind: 'dateTime'; serverTimeZone?: boolean; timeOfDay?: boolean }
  | { kind: 'base64' }
  | { kind: 'untyped' }
  /** A nested Structure cell with these fields (ScheduleOfServiceAvailability). */
  | { kind: 'structure'; fields: readonly ColumnSpec[] };

export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

export const col = {
  id: (name: string): ColumnSpec => ({ name, type: { kind: 'id' } }),
  string: (name: string, length: number): ColumnSpec => ({ name, type: { kind: 'string', length } }),
  number: (name: string, digits: number, fraction = 0): ColumnSpec => ({ name, type: { kind: 'number', digits, fraction } }),
  boolean: (name: string): ColumnSpec => ({ name, type: { kind: 'boolean' } }),
  date: (name: string): ColumnSpec => ({ name, type: { kind: 'date' } }),
  dateTime: (name: string, serverTimeZone = false): ColumnSpec => ({ name, type: { kind: 'dateTime', serverTimeZone } }),
  /** Binary data, written as xs:base64Binary (spec "Base64", e.g. StorefrontProductsRead Picture). */
  base64: (name: string): ColumnSpec => ({ name, type: { kind: 'base64' } }),
  timeOfDay: (name: string): ColumnSpec => ({ name, type: { kind: 'dateTime', timeOfDay: true } }),
  untyped: (name: string): ColumnSpec => ({ name, type: { kind: 'untyped' } }),
  structure: (name: string, fields: readonly ColumnSpec[]): ColumnSpec => ({ name, type: { kind: 'structure', fields } }),
};
