import type { Limits } from '../catalog/types.js';
import { isNightInMoscow, moscowHourBucket } from '../time/moscow-time.js';

/** An account's own quota settings: limits on or off, and a factor on every limit. */
export interface QuotaSettings {
  enabled: boolean;
  scale: number;
}

interface Counter {
  hour: number;
  used: number;
  /** The budget of this hour when set through the admin API (instead of the operation's limit). */
  budget?: number;
}

/**
 * Hourly call budgets per API account per operation (spec 2 step 2, 4.2). A budget is a calendar
 * hour in Moscow time; its size is the day or the night limit of that hour.
 */
export class HourlyLimits {
  /** account → operation → count within `hour` */
  private readonly counters = new Map<string, Map<string, Counter>>();

  /** `settingsOf` reads an account's own quota settings (kept with the account). */
  constructor(
    private readonly enabled = true,
    private readonly settingsOf: (account: string) => QuotaSettings = () => ({ enabled: true, scale: 1 }),
  ) {}

  static windowAt(now: Date): 'day' | 'night' {
    return isNightInMoscow(now) ? 'night' : 'day';
  }

  static limitAt(limits: Limits, now: Date): number | undefined {
    return isNightInMoscow(now) ? limits.nightPerHour : limits.dayPerHour;
  }

  quota(account: string): QuotaSettings {
    const own = this.settingsOf(account);
    return { enabled: this.enabled && own.enabled, scale: own.scale };
  }

  /** The account's budget of this hour for the operation: the spec's limit scaled, or the one set for this hour. */
  limitOf(account: string, operation: string, limits: Limits, now: Date): number | undefined {
    const limit = HourlyLimits.limitAt(limits, now);
    if (limit === undefined) return undefined;
    const c = this.counters.get(account)?.get(operation);
    if (c?.budget !== undefined && c.hour === moscowHourBucket(now)) return c.budget;
    const { scale } = this.quota(account);
    return scale === 1 ? limit : Math.max(1, Math.round(limit * scale));
  }

  /** Counts one call; false when the budget of this hour is already spent (the call is not counted). */
  consume(account: string, operation: string, limits: Limits, now: Date): boolean {
    if (!this.enabled) return true;
    const limit = this.limitOf(account, operation, limits, now);
    if (limit === undefined || !this.quota(account).enabled) return true;
    const counter = this.counter(account, operation, now);
    if (counter.used >= limit) return false;
    counter.used++;
    return true;
  }

  /** Leaves `calls` calls of the operation in this hour's budget. */
  setRemaining(account: string, operation: string, now: Date, calls: number): void {
    const counter = this.counter(account, operation, now);
    counter.budget = counter.used + calls;
  }

  used(account: string, operation: string, now: Date): number {
    const c = this.counters.get(account)?.get(operation);
    return c && c.hour === moscowHourBucket(now) ? c.used : 0;
  }

  reset(account: string): void {
    this.counters.delete(account);
  }

  private counter(account: string, operation: string, now: Date): Counter {
    let ops = this.counters.get(account);
    if (!ops) this.counters.set(account, (ops = new Map()));
    const hour = moscowHourBucket(now);
    let c = ops.get(operation);
    if (!c || c.hour !== hour) ops.set(operation, (c = { hour, used: 0 }));
    return c;
  }
}
