/** Moscow time is UTC+3 all year (no DST since 2014): day/night windows and hourly budgets use it. */
export const MOSCOW_OFFSET_MINUTES = 180;
const HOUR_MS = 3_600_000;

/** The calendar hour in Moscow, as a number that changes every hour. */
export function moscowHourBucket(now: Date): number {
  return Math.floor((now.getTime() + MOSCOW_OFFSET_MINUTES * 60_000) / HOUR_MS);
}

/** Night is 23:00–02:00 Moscow time (spec 2, 4.2); the 23:00 hour already counts as night. */
export function isNightInMoscow(now: Date): boolean {
  const hour = moscowHourBucket(now) % 24;
  return hour >= 23 || hour < 2;
}

/** `now` minus whole calendar months on the Moscow calendar, the day clamped to the month's end (30.04 − 2 = 28.02). */
export function moscowMonthsBefore(now: Date, months: number): Date {
  const local = new Date(now.getTime() + MOSCOW_OFFSET_MINUTES * 60_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const shifted = Date.UTC(year, month, Math.min(local.getUTCDate(), lastDay), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds());
  return new Date(shifted - MOSCOW_OFFSET_MINUTES * 60_000);
}
