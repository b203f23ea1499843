/**
 * Dates on the wire are local to the API account's time zone (spec 3, note 2). The store keeps UTC
 * (`YYYY-MM-DDTHH:MM:SSZ`) for timestamps and plain `YYYY-MM-DD` for date-only values.
 */
export const EMPTY_DATE = '0001-01-01T00:00:00';

const LEXICAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

export interface ParsedDate {
  /** True for 0001-01-01T00:00:00, the 1C empty date. */
  empty: boolean;
  /** UTC instant, for timestamps. */
  utc: Date;
  /** The calendar date as written in the account's zone, for date-only values. */
  localDate: string;
}

/** The latest instant a store timestamp can hold: four-digit years keep stored stamps in chronological order. */
const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59);
/** Offsets of xs:dateTime: from -14:00 to +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Parses a wire date; a value with an offset is converted, one without is taken as account-local.
 * Anything that names no real instant (hour 24, minute 60, year 0000, offset +99:99, a moment past
 * the year 9999) is undefined: the caller answers TYPE_MISMATCH.
 */
export function parseWireDate(text: string, tzOffsetMinutes: number): ParsedDate | undefined {
  const m = LEXICAL.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (year < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const check = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  check.setUTCFullYear(year);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  const zoneMinutes = zone === undefined ? tzOffsetMinutes : zone === 'Z' ? 0 : zoneToMinutes(zone);
  if (zone !== undefined && zone !== 'Z' && (Math.abs(zoneMinutes) > MAX_OFFSET_MINUTES || Number(zone.slice(4, 6)) > 59)) return undefined;
  const empty = y === '0001' && mo === '01' && d === '01' && h === '00' && mi === '00' && s === '00';
  const utc = new Date(check.getTime() - zoneMinutes * 60_000);
  if (!empty && utc.getTime() > LATEST_INSTANT) return undefined;
  const localDate = formatLocal(utc, tzOffsetMinutes).slice(0, 10);
  return { empty, utc, localDate };
}

function zoneToMinutes(zone: string): number {
  const sign = zone[0] === '-' ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** `±hh:mm` (from -12:00 to +14:00) as minutes east of UTC; undefined for anything else. */
export function parseUtcOffset(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^[+-]\d{2}:[0-5]\d$/.test(value)) return undefined;
  const minutes = zoneToMinutes(value);
  return minutes >= -720 && minutes <= 840 ? minutes : undefined;
}

export function formatUtcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DDThh:mm:ss` of an instant, seen in a zone. */
export function formatLocal(utc: Date, tzOffsetMinutes: number): string {
  const t = new Date(utc.getTime() + tzOffsetMinutes * 60_000);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}

/** Store form of an instant: UTC to the second. */
export function toStoreTimestamp(utc: Date): string {
  return `${formatLocal(utc, 0)}Z`;
}

/** Wire form of a stored value: timestamps in the zone given, date-only values at midnight. */
export function storeToWire(stored: string | null | undefined, tzOffsetMinutes: number): string {
  if (!stored) return EMPTY_DATE;
  if (stored.length === 10) return `${stored}T00:00:00`;
  return formatLocal(new Date(stored), tzOffsetMinutes);
}
