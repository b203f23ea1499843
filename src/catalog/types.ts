/** The operation catalog's vocabulary: one record per operation, pure data. */

import type { Subscriptions } from '../pipeline/call-context.js';
import type { ResultCode } from '../pipeline/outcome.js';
import type { ColumnSpec } from '../xml/value-type.js';

export type { ColumnSpec, ColumnType } from '../xml/value-type.js';

export type ServiceName = 'PartnerWebAPI2' | 'BotAPI' | 'PartnerAPI';

/** Parameter types as the spec names them (Строка, UUID, Число, Булево, Дата, ДатаВремя, ТаблицаЗначений). */
export type ParamType = 'string' | 'uuid' | 'number' | 'boolean' | 'date' | 'dateTime' | 'table' | 'array' | 'binary' | 'structure';

/**
 * Object kinds a uuid parameter can refer to; each has a resolver in the store. `supportLine`: `line` and
 * «Моя компания» (BotAPI); `consumer`: a client user served on the partner's lines;
 * `recipient`: a consumer or an own specialist; `file`: an uploaded file (43-character FileID).
 */
export type RefKind =
  | 'client'
  | 'region'
  | 'department'
  | 'specialist'
  | 'supportLine'
  | 'consumer'
  | 'recipient'
  | 'file'
  | 'clientUser'
  /** A client user or a specialist: whoever acts in the 1C-Connect app. */
  | 'person'
  | 'serviceRequestChannel'
  | 'serviceKind'
  | 'serviceRequestType'
  | 'serviceRequestStatus'
  | 'serviceRequest'
  | 'storefrontProduct'
  | 'startPicture'
  | 'storefrontBuyRequest'
  | 'clientDepartment'
  /** A support line of the partner (ServiceLineKind*, Competence*, PartnerAPI service types): own (also exported) or imported, not own. */
  | 'line'
  | 'clientParameter'
  /** A person served on a line (UserServiceLine*): a client user or a specialist. */
  | 'serviceUser'
  // PartnerAPI 1.20
  | 'partner'
  | 'contactType'
  | 'agentPartner'
  | 'agentUser'
  | 'contract'
  | 'service'
  | 'competence'
  /** History filters: a person served on the lines (a visible client's user or an own specialist). */
  | 'servedPerson';

/** Account subscriptions an operation may require (AVAILABLE_BY_SUBSCRIPTION without). */
export type SubscriptionName = keyof Subscriptions;

export interface ParamSpec {
  name: string;
  type: ParamType;
  required?: boolean;
  /** Required in the day window only; optional at night (spec 3.73 PeriodFrom). */
  requiredByDay?: boolean;
  /** May the value be present but empty ("", 0, empty date, empty ref)? Also for required ones (an empty id that clears a field). */
  allowEmpty?: boolean;
  maxLength?: number;
  /** Longer strings are cut to maxLength instead of rejected (spec says so for a few fields). */
  truncate?: boolean;
  min?: number;
  max?: number;
  /** Numbers: whole numbers only (VALUE_IS_NOT_VALID otherwise). */
  integer?: boolean;
  /** The allowed values (VALUE_IS_NOT_VALID otherwise). */
  enum?: readonly (string | number)[];
  /** The e-mail mask of 3.26 (VALUE_IS_NOT_VALID otherwise): `true` one address, `'list'` several separated by «,» or «;». */
  email?: true | 'list';
  /** Strings must match (VALUE_IS_NOT_VALID otherwise), after cutting. */
  pattern?: RegExp;
  /** For uuid (and string) parameters: which object the id must name (UID_NOT_CORRECT when unknown or invisible). */
  ref?: RefKind;
  /** ACCESS_ERROR unless the referenced object belongs to the calling partner (`onlyOnOwn` with this parameter as the object). */
  ownOnly?: boolean;
  /** UID_NOT_CORRECT when the referenced object is marked deleted. */
  notDeleted?: boolean;
  /** UID_NOT_CORRECT unless the referenced object belongs to the same client as the object (or client) named by that parameter. */
  sameClientAs?: string;
  /** Dates in the server zone (GMT+3) instead of the account's. */
  serverTimeZone?: boolean;
  /** Timestamps may not be earlier than now minus this many calendar months, in Moscow time (VALUE_IS_NOT_VALID). */
  notBeforeMonths?: number;
  /** Other spellings accepted for this parameter (spec typos). */
  aliases?: readonly string[];
  /** Both this and the named parameter filled, or both empty/absent; otherwise EMPTY_PARAM naming the empty one. */
  pairedWith?: string;
  /** The MD5 hex of the named binary parameter; otherwise VALUE_IS_NOT_VALID naming this one. */
  md5Of?: string;
  /** For person ids: the person must be served now on the support line named by that parameter (PARAM_NOT_CORRECT naming the line). */
  servedOn?: string;
  /** Nested parameters of a structure, or of each row of a table, checked like parameters; a required one missing → STRUCTURE_IS_INVALID (a structure's field) or TABLE_STRUCTURE_IS_INVALID (a table's column) naming it. */
  fields?: readonly ParamSpec[];
  /** Allowed only when the object named by uuid parameter `object` is own: the parameter at all (ACCESS_ERROR), or just `values` (VALUE_IS_NOT_VALID). */
  onlyOnOwn?: { object: string; values?: readonly string[] };
  /** For dateTime parameters: only the time of day as written counts (date and offset ignored), kept as `HH:MM:SS`. */
  timeOfDay?: boolean;
  /** Must be earlier than the named sibling parameter when both are filled (PARAM_NOT_CORRECT naming this one). */
  before?: string;
  /** Operand protocol (PartnerAPI 1.20): the Fault text of a failed check of this operand, where the spec words it. */
  faults?: Partial<Record<Exclude<ResultCode, 'SUCCESS'>, string>>;
  /** The start of a range that ends at the named parameter: PARAM_NOT_CORRECT naming the start when it is later. */
  rangeEnd?: string;
  /** A dateTime that must lie after now: PARAM_NOT_CORRECT naming it otherwise (spec 3.16 ScheduledDate). */
  future?: boolean;
  /** For table parameters: the most rows allowed (TABLE_SIZE_LIMIT_EXCEEDED naming the parameter above it). */
  maxRows?: number;
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
  /** AVAILABLE_BY_SUBSCRIPTION unless the account has this subscription (spec 4.3), checked right after the hourly limit. */
  subscription?: SubscriptionName;
  /** The answer depends on the store and the parameters alone (not on the clock): SUCCESS answers are reused until the store changes. */
  cacheable?: boolean;
}

