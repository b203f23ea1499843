/** The operation catalog's vocabulary: one record per operation, pure data. */

import type { ColumnSpec } from '../xml/value-type.js';

export type { ColumnSpec, ColumnType } from '../xml/value-type.js';

export type ServiceName = 'PartnerWebAPI2' | 'BotAPI' | 'PartnerAPI';

/** Parameter types as the spec names them (Строка, UUID, Число, Булево, Дата, ДатаВремя, ТаблицаЗначений). */
export type ParamType = 'string' | 'uuid' | 'number' | 'boolean' | 'date' | 'dateTime' | 'table' | 'array' | 'structure';

/** Object kinds a uuid parameter can refer to; each has a resolver in the store. */
export type RefKind = 'client' | 'region' | 'department' | 'specialist' | 'line' | 'clientParameter' | 'serviceUser';

export interface ParamSpec {
  name: string;
  type: ParamType;
  required?: boolean;
  /** May the value be present but empty ("", 0, empty date, empty ref)? */
  allowEmpty?: boolean;
  maxLength?: number;
  /** Longer strings are cut to maxLength instead of rejected (spec says so for a few fields). */
  truncate?: boolean;
  min?: number;
  max?: number;
  /** Numbers: whole numbers only (VALUE_IS_NOT_VALID otherwise). */
  integer?: boolean;
  enum?: readonly (string | number)[];
  email?: boolean;
  /** Several e-mail addresses separated by «,» or «;», each checked like `email`. */
  emailList?: boolean;
  /** For uuid parameters: which object the id must name (UID_NOT_CORRECT when unknown or invisible). */
  ref?: RefKind;
  /** ACCESS_ERROR unless the referenced object belongs to the calling partner. */
  ownOnly?: boolean;
  /** Dates in the server zone (GMT+3) instead of the account's. */
  serverTimeZone?: boolean;
  /** Other spellings accepted for this parameter (spec typos). */
  aliases?: readonly string[];
  /** For table parameters: the columns. */
  columns?: readonly ParamSpec[];
  /** For structure parameters: the fields, checked like parameters; a required field missing → STRUCTURE_IS_INVALID naming it. */
  fields?: readonly ParamSpec[];
  /** For uuid parameters: UID_NOT_CORRECT when the referenced object is deleted. */
  notDeleted?: boolean;
  /** Allowed only when the object named by uuid parameter `object` is own: the parameter at all (ACCESS_ERROR), or just `values` (VALUE_IS_NOT_VALID). */
  onlyOnOwn?: { object: string; values?: readonly string[] };
  /** For dateTime parameters: only the time of day as written counts (date and offset ignored), kept as `HH:MM:SS`. */
  timeOfDay?: boolean;
  /** Must be earlier than the named sibling parameter when both are filled (PARAM_NOT_CORRECT naming this one). */
  before?: string;
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

export interface OperationSpec {
  service: ServiceName;
  name: string;
  /** Section of the spec that describes the operation. */
  section: string;
  limits: Limits;
  /** Parameters in the order they are checked; undefined until the operation's family is catalogued. */
  params?: readonly ParamSpec[];
  result?: ResultShape;
  /** Names of the period parameters for the daytime period limit. */
  period?: { from: string; to: string };
}

