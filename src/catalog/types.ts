/** The operation catalog's vocabulary: one record per operation, pure data. */

import type { ColumnSpec } from '../xml/value-type.js';

export type { ColumnSpec, ColumnType } from '../xml/value-type.js';

export type ServiceName = 'PartnerWebAPI2' | 'BotAPI' | 'PartnerAPI';

/** Parameter types as the spec names them (Строка, UUID, Число, Булево, Дата, ДатаВремя, ТаблицаЗначений). */
export type ParamType = 'string' | 'uuid' | 'number' | 'boolean' | 'date' | 'dateTime' | 'table' | 'array';

/** Object kinds a uuid parameter can refer to; each has a resolver in the store. */
export type RefKind =
  | 'client'
  | 'region'
  | 'department'
  | 'specialist'
  /** A person served on the partner's lines: a visible client's user, or an own specialist. */
  | 'serviceUser'
  /** A support line of the partner (own or imported), not deleted. */
  | 'supportLine';

export interface ParamSpec {
  name: string;
  type: ParamType;
  required?: boolean;
  /** Required in the day window only; optional at night (spec 3.73 PeriodFrom). */
  requiredByDay?: boolean;
  /** May the value be present but empty ("", 0, empty date, empty ref)? */
  allowEmpty?: boolean;
  maxLength?: number;
  /** Longer strings are cut to maxLength instead of rejected (spec says so for a few fields). */
  truncate?: boolean;
  min?: number;
  max?: number;
  enum?: readonly (string | number)[];
  email?: boolean;
  /** For uuid parameters: which object the id must name (UID_NOT_CORRECT when unknown or invisible). */
  ref?: RefKind;
  /** ACCESS_ERROR unless the referenced object belongs to the calling partner. */
  ownOnly?: boolean;
  /** Dates in the server zone (GMT+3) instead of the account's. */
  serverTimeZone?: boolean;
  /** Filled together with the named parameter or not at all: EMPTY_PARAM names the empty one (spec 3.16). */
  pairedWith?: string;
  /** The start of a range that ends at the named parameter: PARAM_NOT_CORRECT naming the start when it is later. */
  rangeEnd?: string;
  /** A dateTime that must lie after now: PARAM_NOT_CORRECT naming it otherwise (spec 3.16 ScheduledDate). */
  future?: boolean;
  /** Other spellings accepted for this parameter (spec typos). */
  aliases?: readonly string[];
  /** For table parameters: the columns (a missing required one is TABLE_STRUCTURE_IS_INVALID naming it). */
  columns?: readonly ParamSpec[];
  /** For table parameters: the most rows allowed (TABLE_SIZE_LIMIT_EXCEEDED naming the parameter above it). */
  maxRows?: number;
}

/** What ResultData holds on SUCCESS. */
export type ResultShape =
  | { kind: 'table'; columns: readonly ColumnSpec[] }
  | { kind: 'structure'; fields: readonly ColumnSpec[] }
  | { kind: 'none' };

export interface Limits {
  dayPerHour?: number;
  nightPerHour?: number;
  batchSize?: number;
  /** Daytime maximum of the requested period, in calendar days. */
  periodDays?: number;
}

export interface PeriodSpec {
  from: string;
  to?: string;
  /** The daytime limit in days for an account without the extended-features subscription (spec 3.73). */
  daysWithoutExtendedFeatures?: number;
}

export interface OperationSpec {
  service: ServiceName;
  name: string;
  /** Section of the spec that describes the operation. */
  section: string;
  limits: Limits;
  /** Parameters in the order they are checked; undefined until the operation's family is catalogued. */
  params?: readonly ParamSpec[];
  result?: ResultShape;
  /** Names of the period parameters for the daytime period limit (no `to`: the period runs to now). */
  period?: PeriodSpec;
}

