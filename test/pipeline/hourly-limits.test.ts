import { describe, expect, it } from 'vitest';
import { HourlyLimits } from '../../src/pipeline/hourly-limits.js';

const limits = { dayPerHour: 2, nightPerHour: 3 };
const day = new Date('2024-03-01T09:10:00Z');
const night = new Date('2024-03-01T20:10:00Z');

describe('HourlyLimits', () => {
  it('allows the day budget, then refuses without counting', () => {
    const l = new HourlyLimits();
    expect([1, 2, 3].map(() => l.consume('demo', 'Op', limits, day))).toEqual([true, true, false]);
    expect(l.used('demo', 'Op', day)).toBe(2);
  });

  it('uses the night budget at night and starts anew each hour', () => {
    const l = new HourlyLimits();
    expect([1, 2, 3, 4].map(() => l.consume('demo', 'Op', limits, night))).toEqual([true, true, true, false]);
    expect(l.consume('demo', 'Op', limits, new Date('2024-03-01T21:00:00Z'))).toBe(true);
  });

  it('counts per account and per operation, and can be switched off', () => {
    const l = new HourlyLimits();
    l.consume('demo', 'Op', limits, day);
    l.consume('demo', 'Op', limits, day);
    expect(l.consume('other', 'Op', limits, day)).toBe(true);
    expect(l.consume('demo', 'Other', limits, day)).toBe(true);
    const off = new HourlyLimits(false);
    expect([1, 2, 3].every(() => off.consume('demo', 'Op', limits, day))).toBe(true);
    expect(l.consume('demo', 'NoLimit', {}, day)).toBe(true);
  });
});
