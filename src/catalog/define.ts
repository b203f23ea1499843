import type { Limits, OperationSpec, ParamSpec, ServiceName } from './types.js';

/** An operation's name, spec section and limits: known for all operations from the start. */
export interface OperationHeader {
  name: string;
  section: string;
  limits: Limits;
}

/** What a family catalog adds to a header: parameters, result, period names, a required subscription, cacheability. */
export type OperationDetails = Pick<OperationSpec, 'params' | 'result' | 'period' | 'subscription' | 'cacheable'>;

/** Merges the limits table with the family catalogs into one record per operation. */
export function buildCatalog(
  service: ServiceName,
  headers: readonly OperationHeader[],
  details: Record<string, OperationDetails>,
): ReadonlyMap<string, OperationSpec> {
  const known = new Set(headers.map((h) => h.name));
  for (const name of Object.keys(details)) {
    if (!known.has(name)) throw new Error(`${service} catalog: ${name} is not in the operations table`);
  }
  return new Map(headers.map((h) => [h.name, { service, ...h, ...details[h.name] }]));
}

/** Shorthands for parameter records, so family catalogs read like the spec. */
export const param = {
  string: (name: string, maxLength: number | undefined, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'string', maxLength, ...opts }),
  uuid: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'uuid', maxLength: 36, ...opts }),
  number: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'number', ...opts }),
  boolean: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'boolean', ...opts }),
  date: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'date', ...opts }),
  dateTime: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'dateTime', ...opts }),
  /** Bytes: xs:base64Binary, or a string holding base64. */
  binary: (name: string, opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'binary', ...opts }),
  table: (name: string, columns: readonly ParamSpec[], opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'table', fields: columns, ...opts }),
  structure: (name: string, fields: readonly ParamSpec[], opts: Partial<ParamSpec> = {}): ParamSpec => ({ name, type: 'structure', fields, ...opts }),
};

export const NO_PARAMS: readonly ParamSpec[] = [];

