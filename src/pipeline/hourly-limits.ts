import type { Limits } from '../catalog/types.js';
import { isNightInMoscow, moscowHourBucket } from '../time/moscow-time.js';

/**
 * Hourly call budgets per API account per operation (spec 2 step 2, 4.2). A budget is a calendar
 * hour in Moscow time; its size is the day or the night limit of that hour.
 */
export class HourlyLimits {
  /** account → operation → count within `hour` */
  private readonly counters = new Map<string, Map<string, { hour: number; used: number }>>();

  constructor(private readonly enabled = true) {}

  static windowAt(now: Date): 'day' | 'night' {
    return isNightInMoscow(now) ? 'night' : 'day';
  }

  static limitAt(limits: Limits, now: Date): number | undefined {
    return isNightInMoscow(now) ? limits.nightPerHour : limits.dayPerHour;
  }

  /** Counts one call; false when the budget of this hour is already spent (the call is not counted). */
  consume(account: string, operation: string, limits: Limits, now: Date): boolean {
    const limit = HourlyLimits.limitAt(limits, now);
    if (!this.enabled || limit === undefined) return true;
    const counter = this.counter(account, operation, now);
    if (counter.used >= limit) return false;
    counter.used++;
    return true;
  }

  used(account: string, operation: string, now: Date): number {
    const c = this.counters.get(account)?.get(operation);
    return c && c.hour === moscowHourBucket(now) ? c.used : 0;
  }

  reset(account: string): void {
    this.counters.delete(account);
  }

  private counter(account: string, operation: string, now: Date): { hour: number; used: number } {
    let ops = this.counters.get(account);
    if (!ops) this.counters.set(account, (ops = new Map()));
    const hour = moscowHourBucket(now);
    let c = ops.get(operation);
    if (!c || c.hour !== hour) ops.set(operation, (c = { hour, used: 0 }));
    return c;
  }
}
