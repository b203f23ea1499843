import { describe, expect, it } from 'vitest';
import { param } from '../../src/catalog/define.js';
import type { CallContext } from '../../src/pipeline/call-context.js';
import { convertParams } from '../../src/pipeline/convert-params.js';
import { ApiError } from '../../src/pipeline/outcome.js';
import { openDatabase } from '../../src/store/database.js';
import type { XdtoValue } from '../../src/xml/xdto-value.js';

const ctx: CallContext = {
  db: openDatabase(),
  account: { login: 'demo', partnerId: 'p', tzOffsetMinutes: 180, subscriptions: { extendedFeatures: true, storefrontClickLogs: true } },
  now: new Date('2024-03-01T09:00:00Z'),
  baseUrl: 'http://127.0.0.1',
};

function convert(specs: Parameters<typeof convertParams>[0], props: Record<string, XdtoValue>): unknown {
  try {
    return convertParams(specs, { type: 'structure', props: new Map(Object.entries(props)) }, ctx).params;
  } catch (e) {
    if (e instanceof ApiError) return { code: e.code, detail: e.detail };
    throw e;
  }
}

describe('parameter conversion', () => {
  it('refuses numbers that are not finite', () => {
    expect(convert([param.number('Priority')], { Priority: { type: 'number', value: Infinity } })).toEqual({ code: 'TYPE_MISMATCH', detail: 'Priority' });
    expect(convert([param.number('Priority')], { Priority: { type: 'string', value: '9'.repeat(400), untyped: true } })).toEqual({ code: 'TYPE_MISMATCH', detail: 'Priority' });
    expect(convert([param.number('Priority')], { Priority: { type: 'number', value: 2 } })).toEqual({ Priority: 2 });
  });

  it('finds a parameter by its name or an alias in any case', () => {
    const specs = [param.string('RegNumberPPIC', 12, { aliases: ['RegNumberPP1C'] }), param.date('BirthDay')];
    expect(convert(specs, { regnumberpp1c: { type: 'string', value: '123' }, BIRTHDAY: { type: 'dateTime', value: '1990-05-01T00:00:00' } })).toEqual({
      RegNumberPPIC: '123',
      BirthDay: '1990-05-01',
    });
  });

  it('refuses a string holding a character XML cannot carry', () => {
    for (const c of ['\u0000', '\u0001', '\u001F', '\uFFFE', '\uFFFF', '\uD800']) {
      expect(convert([param.string('Name', 50)], { Name: { type: 'string', value: `a${c}b` } })).toEqual({ code: 'VALUE_IS_NOT_VALID', detail: 'Name' });
    }
  });
});
