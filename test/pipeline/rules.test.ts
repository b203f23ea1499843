import { describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../src/catalog/types.js';
import type { CallContext } from '../../src/pipeline/call-context.js';
import { ApiError } from '../../src/pipeline/outcome.js';
import { checkAccess, checkCrossParameterRules, checkOrder } from '../../src/pipeline/rules.js';
import { openDatabase } from '../../src/store/database.js';

const op: OperationSpec = {
  service: 'PartnerWebAPI2',
  name: 'GetHistoryOfServiceCalls',
  section: '3.4',
  limits: { dayPerHour: 10, nightPerHour: 50, periodDays: 7 },
  params: [],
  period: { from: 'PeriodFrom', to: 'PeriodTo' },
};
const ctxAt = (iso: string): CallContext => ({ db: openDatabase(), account: { login: 'demo', partnerId: 'p', tzOffsetMinutes: 180, subscriptions: { extendedFeatures: true, storefrontClickLogs: true } }, now: new Date(iso), baseUrl: 'http://127.0.0.1' });
const run = (params: Record<string, Date>, now: string) => {
  try {
    checkCrossParameterRules(op, { params, refs: new Map() }, ctxAt(now));
    return 'ok';
  } catch (e) {
    return e instanceof ApiError ? `${e.code} ${e.detail}` : String(e);
  }
};

describe('daytime period limit', () => {
  const from = new Date('2024-03-01T00:00:00Z');
  it('allows up to N days and refuses more in the day window', () => {
    expect(run({ PeriodFrom: from, PeriodTo: new Date('2024-03-08T00:00:00Z') }, '2024-03-10T09:00:00Z')).toBe('ok');
    expect(run({ PeriodFrom: from, PeriodTo: new Date('2024-03-08T00:00:01Z') }, '2024-03-10T09:00:00Z')).toBe('PERIOD_EXCEEDED PeriodFrom');
  });

  it('measures up to now when PeriodTo is absent', () => {
    expect(run({ PeriodFrom: from }, '2024-03-07T23:00:00Z')).toBe('ok');
    expect(run({ PeriodFrom: from }, '2024-03-09T09:00:00Z')).toBe('PERIOD_EXCEEDED PeriodFrom');
  });

  it('has no period limit at night (23:00–02:00 Moscow)', () => {
    expect(run({ PeriodFrom: from, PeriodTo: new Date('2024-04-01T00:00:00Z') }, '2024-04-02T21:00:00Z')).toBe('ok');
  });

  it('refuses a period that ends before it starts', () => {
    expect(run({ PeriodFrom: from, PeriodTo: new Date('2024-02-01T00:00:00Z') }, '2024-03-10T09:00:00Z')).toBe('PARAM_NOT_CORRECT PeriodFrom: начало периода позже его окончания');
  });
});

describe('access stage', () => {
  const ID = '0b5e4a10-7c3d-4f0e-8a55-00000000c001';
  it('refuses an own-only parameter that names a visible third-party object', () => {
    const specs = [{ name: 'ClientID', type: 'uuid' as const, ownOnly: true }];
    expect(() => checkAccess(specs, { params: { ClientID: ID }, refs: new Map([['ClientID', { own: false, deleted: false }]]) })).toThrow('ACCESS_ERROR: ClientID');
    expect(() => checkAccess(specs, { params: { ClientID: ID }, refs: new Map([['ClientID', { own: true, deleted: false }]]) })).not.toThrow();
  });
});

describe('related parameters', () => {
  const ctx = ctxAt('2024-03-01T09:00:00Z');
  const check = (o: Partial<OperationSpec>, params: Record<string, string | Buffer>) => {
    try {
      checkCrossParameterRules({ ...op, period: undefined, ...o }, { params, refs: new Map() }, ctx);
      return 'ok';
    } catch (e) {
      return e instanceof ApiError ? `${e.code} ${e.detail}` : String(e);
    }
  };

  it('pairedWith: both filled or both empty, else EMPTY_PARAM naming the empty one', () => {
    const params = [{ name: 'URL', type: 'string' as const }, { name: 'Hint', type: 'string' as const, pairedWith: 'URL' }];
    expect(check({ params }, {})).toBe('ok');
    expect(check({ params }, { URL: '', Hint: '' })).toBe('ok');
    expect(check({ params }, { URL: 'https://x.ru', Hint: 'Ещё' })).toBe('ok');
    expect(check({ params }, { URL: 'https://x.ru' })).toBe('EMPTY_PARAM Hint');
    expect(check({ params }, { URL: '', Hint: 'Ещё' })).toBe('EMPTY_PARAM URL');
  });

  it('md5Of: the checksum of the bytes, in any case', () => {
    const params = [{ name: 'checksum', type: 'string' as const, md5Of: 'payload' }, { name: 'payload', type: 'binary' as const }];
    const payload = Buffer.from('abc');
    expect(check({ params }, { checksum: '900150983CD24FB0D6963F7D28E17F72', payload })).toBe('ok');
    expect(check({ params }, { checksum: '900150983cd24fb0d6963f7d28e17f73', payload })).toBe('VALUE_IS_NOT_VALID checksum');
  });
});

describe('fields and values allowed only on own objects', () => {
  const specs = [
    { name: 'ServiceID', type: 'uuid' as const },
    { name: 'MaxQueueTimeBySLA', type: 'number' as const, onlyOnOwn: { object: 'ServiceID' } },
    { name: 'SearchAreaVisibility', type: 'string' as const, onlyOnOwn: { object: 'ServiceID', values: ['FOR_CUSTOMERS_IN_MY_REGION'] } },
  ];
  const check = (params: Record<string, string | number>, own: boolean | undefined) => () =>
    checkAccess(specs, { params, refs: own === undefined ? new Map() : new Map([['ServiceID', { own, deleted: false }]]) });

  it('refuses the field with ACCESS_ERROR and the value with VALUE_IS_NOT_VALID on another\'s object', () => {
    expect(check({ MaxQueueTimeBySLA: 5 }, false)).toThrow('ACCESS_ERROR: MaxQueueTimeBySLA');
    expect(check({ SearchAreaVisibility: 'FOR_CUSTOMERS_IN_MY_REGION' }, false)).toThrow('VALUE_IS_NOT_VALID: SearchAreaVisibility');
    expect(check({ SearchAreaVisibility: 'FOR_MY_CUSTOMERS' }, false)).not.toThrow();
  });

  it('allows both on an own object, and when there is no object yet (an Add)', () => {
    expect(check({ MaxQueueTimeBySLA: 5, SearchAreaVisibility: 'FOR_CUSTOMERS_IN_MY_REGION' }, true)).not.toThrow();
    expect(check({ MaxQueueTimeBySLA: 5, SearchAreaVisibility: 'FOR_CUSTOMERS_IN_MY_REGION' }, undefined)).not.toThrow();
  });
});

describe('ordered parameters', () => {
  const specs = [{ name: 'StartTime', type: 'dateTime' as const, before: 'EndTime' }, { name: 'EndTime', type: 'dateTime' as const }];
  it('compares times of day and instants, skipping empty or absent values', () => {
    expect(() => checkOrder(specs, { StartTime: '09:00:00', EndTime: '18:00:00' })).not.toThrow();
    expect(() => checkOrder(specs, { StartTime: '18:00:00', EndTime: '18:00:00' })).toThrow('PARAM_NOT_CORRECT: StartTime: значение должно быть меньше EndTime');
    expect(() => checkOrder(specs, { StartTime: new Date('2024-01-02'), EndTime: new Date('2024-01-01') })).toThrow('PARAM_NOT_CORRECT');
    expect(() => checkOrder(specs, { StartTime: '18:00:00', EndTime: '' })).not.toThrow();
    expect(() => checkOrder(specs, { StartTime: '18:00:00' })).not.toThrow();
  });
});
