import { MOSCOW_OFFSET_MINUTES } from '../../time/moscow-time.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const MOSCOW = MOSCOW_OFFSET_MINUTES * MINUTE;

/** Support lines work 09:00–18:00 Moscow time on weekdays. */
export const WORK_START_HOUR = 9;
export const WORK_END_HOUR = 18;

/** The UTC instant of Moscow midnight of the day that holds `t`. */
export function moscowDayStart(t: number): number {
  return Math.floor((t + MOSCOW) / DAY) * DAY - MOSCOW;
}

export function isWeekday(dayStart: number): boolean {
  const weekday = new Date(dayStart + MOSCOW).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingTime(t: number): boolean {
  const day = moscowDayStart(t);
  const hour = (t - day) / HOUR;
  return isWeekday(day) && hour >= WORK_START_HOUR && hour < WORK_END_HOUR;
}

/** The start of the next working hours at or after `t`. */
export function nextWorkingStart(t: number): number {
  if (isWorkingTime(t)) return t;
  let day = moscowDayStart(t);
  if (t >= day + WORK_START_HOUR * HOUR) day += DAY;
  while (!isWeekday(day)) day += DAY;
  return day + WORK_START_HOUR * HOUR;
}
