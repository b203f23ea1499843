/** The operation catalog's vocabulary: one record per operation, pure data. */

import type { ResultCode } from '../pipeline/outcome.js';
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
  // PartnerAPI 1.20
  | 'partner'
  | 'contactType'
  | 'serviceType'
  | 'clientUser'
  | 'agentPartner'
  | 'agentUser'
  | 'contract'
  | 'service'
  | 'competence';

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
  enum?: readonly (string | number)[];
  email?: boolean;
  /** Strings must match (VALUE_IS_NOT_VALID otherwise), after cutting. */
  pattern?: RegExp;
  /** For uuid parameters: which object the id must name (UID_NOT_CORRECT when unknown or invisible). */
  ref?: RefKind;
  /** ACCESS_ERROR unless the referenced object belongs to the calling partner. */
  ownOnly?: boolean;
  /** Dates in the server zone (GMT+3) instead of the account's. */
  serverTimeZone?: boolean;
  /** Timestamps may not be earlier than now minus this many calendar months, in Moscow time (VALUE_IS_NOT_VALID). */
  notBeforeMonths?: number;
  /** Other spellings accepted for this parameter (spec typos). */
  aliases?: readonly string[];
  /** For table parameters: the columns. */
  columns?: readonly ParamSpec[];
  /** Whole numbers only (spec "int"/"integer"): a fraction is VALUE_IS_NOT_VALID; xs:int in an operand WSDL. */
  integer?: boolean;
  /** Operand protocol (PartnerAPI 1.20): the Fault text of a failed check of this operand, where the spec words it. */
  faults?: Partial<Record<Exclude<ResultCode, 'SUCCESS'>, string>>;
}

/** What ResultData holds on SUCCESS. */
export type ResultShape =
  | { kind: 'table'; columns: readonly ColumnSpec[] }
  | { kind: 'structure'; fields: readonly ColumnSpec[] }
  | { kind: 'none' }
  /** Operand protocol: `return` is an xs:boolean ("Флаг" operations); true unless the handler returns { Flag: false }. */
  | { kind: 'flag' }
  /** Operand protocol: `return` is an xs:base64Binary; the handler returns { Bytes: Buffer }. */
  | { kind: 'binary' };

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

