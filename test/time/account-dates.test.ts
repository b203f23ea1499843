import { describe, expect, it } from 'vitest';
import { formatLocal, parseWireDate, storeToWire } from '../../src/time/account-dates.js';
import { isNightInMoscow, moscowHourBucket } from '../../src/time/moscow-time.js';

describe('wire dates in the account time zone', () => {
  it('takes a date without offset as account-local and converts one with an offset', () => {
    expect(parseWireDate('2024-02-26T10:00:00', 180)?.utc.toISOString()).toBe('2024-02-26T07:00:00.000Z');
    expect(parseWireDate('2012-09-14T00:00:00.000+06:00', 180)?.utc.toISOString()).toBe('2012-09-13T18:00:00.000Z');
    expect(parseWireDate('2024-02-26T00:00:00+00:00', 180)?.localDate).toBe('2024-02-26');
    expect(parseWireDate('2024-02-26', 300)?.utc.toISOString()).toBe('2024-02-25T19:00:00.000Z');
  });

  it('knows the empty date and refuses what is not a date', () => {
    expect(parseWireDate('0001-01-01T00:00:00', 180)?.empty).toBe(true);
    expect(parseWireDate('2024-02-30T00:00:00', 180)).toBeUndefined();
    expect(parseWireDate('yesterday', 180)).toBeUndefined();
  });

  it.each([
    '2024-01-01T10:60:00',
    '2024-01-01T10:99:99',
    '2024-01-01T24:00:00',
    '2024-01-01T10:00:00+99:99',
    '2024-01-01T10:00:00-23:59',
    '2024-01-01T10:00:00+14:01',
    '2024-01-01T10:00:00+03:60',
    '0000-01-01T00:00:00',
    '9999-12-31T23:59:59-23:59',
    '9999-12-31T23:59:59-01:00',
    '2023-02-29T00:00:00',
  ])('refuses %s, which names no real instant', (text) => {
    expect(parseWireDate(text, 180)).toBeUndefined();
  });

  it('keeps the extremes that are real: offsets of ±14:00, the last second of 9999, early years', () => {
    expect(parseWireDate('2024-01-01T10:00:00+14:00', 180)?.utc.toISOString()).toBe('2023-12-31T20:00:00.000Z');
    expect(parseWireDate('2024-01-01T10:00:00-14:00', 180)?.utc.toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect(parseWireDate('9999-12-31T23:59:59Z', 180)?.utc.getTime()).toBe(Date.UTC(9999, 11, 31, 23, 59, 59));
    expect(parseWireDate('0050-03-01T03:00:00', 180)?.utc.getUTCFullYear()).toBe(50);
    expect(parseWireDate('2024-02-29T00:00:00', 180)?.localDate).toBe('2024-02-29');
  });

  it('writes stored values in the zone, without offset or fraction', () => {
    expect(formatLocal(new Date('2024-02-26T21:30:05.123Z'), 180)).toBe('2024-02-27T00:30:05');
    expect(storeToWire('2024-02-26T21:30:05Z', 0)).toBe('2024-02-26T21:30:05');
    expect(storeToWire('1991-01-06', 180)).toBe('1991-01-06T00:00:00');
    expect(storeToWire(null, 180)).toBe('0001-01-01T00:00:00');
  });
});

describe('Moscow day and night', () => {
  it('has night from 23:00 to 02:00 Moscow time', () => {
    expect(isNightInMoscow(new Date('2024-03-01T19:59:59Z'))).toBe(false); // 22:59 MSK
    expect(isNightInMoscow(new Date('2024-03-01T20:00:00Z'))).toBe(true); // 23:00 MSK
    expect(isNightInMoscow(new Date('2024-03-01T22:59:59Z'))).toBe(true); // 01:59 MSK
    expect(isNightInMoscow(new Date('2024-03-01T23:00:00Z'))).toBe(false); // 02:00 MSK
  });

  it('buckets calls by the Moscow calendar hour', () => {
    expect(moscowHourBucket(new Date('2024-03-01T09:00:00Z'))).toBe(moscowHourBucket(new Date('2024-03-01T09:59:59Z')));
    expect(moscowHourBucket(new Date('2024-03-01T10:00:00Z'))).toBe(moscowHourBucket(new Date('2024-03-01T09:00:00Z')) + 1);
  });
});
