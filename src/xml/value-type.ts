/** 1C value types of result columns, written as a core TypeDescription. */
export type ColumnType =
  | { kind: 'id' }
  | { kind: 'string'; length: number }
  | { kind: 'number'; digits: number; fraction?: number; nonNegative?: boolean }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'dateTime'; serverTimeZone?: boolean }
  | { kind: 'base64' }
  | { kind: 'untyped' };

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
  untyped: (name: string): ColumnSpec => ({ name, type: { kind: 'untyped' } }),
};
