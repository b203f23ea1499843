import { expect } from 'vitest';
import type { MockFixture } from './use-mock.js';
import { call, type ParamInput, tableArg } from './soap-client.js';

/** How many calls of `operation` the demo account used this hour (admin API). */
export async function usedThisHour(f: MockFixture, operation: string): Promise<number> {
  const res = await fetch(`${f.mock.url}/admin/api/accounts/demo/limits`);
  const body = (await res.json()) as { operations: { operation: string; used: number }[] };
  return body.operations.find((o) => o.operation === operation)?.used ?? 0;
}

/**
 * The batch rules of spec 1 / WIRE-FORMAT 8 for one operation: 100 rows are processed one by one
 * (each counted against the hourly limit), 101 are refused, a missing required column is named.
 * Returns the per-row results of the 100-row call.
 */
export async function checkBatchRules(
  f: MockFixture,
  operation: string,
  columns: string[],
  row: (i: number) => ParamInput[],
  required: string[],
): Promise<{ ResultCode: string; ResultData: unknown }[]> {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));
  expect(await call(f.soap11, operation, tableArg(columns, rows(101)))).toEqual({ code: 'TABLE_SIZE_LIMIT_EXCEEDED', data: 'Params' });
  for (const name of required) {
    const keep = columns.map((c, i) => [c, i] as const).filter(([c]) => c !== name);
    const table = tableArg(keep.map(([c]) => c), rows(2).map((r) => keep.map(([, i]) => r[i])));
    expect(await call(f.soap11, operation, table), `${operation} without ${name}`).toEqual({ code: 'STRUCTURE_IS_INVALID', data: name });
  }
  const before = await usedThisHour(f, operation);
  const result = await call(f.soap12, operation, tableArg(columns, rows(100)));
  expect(result.code).toBe('SUCCESS');
  const data = result.data as { ResultCode: string; ResultData: unknown }[];
  expect(data).toHaveLength(100);
  expect(await usedThisHour(f, operation)).toBe(before + 100);
  return data;
}
