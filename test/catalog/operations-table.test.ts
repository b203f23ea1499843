import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Limits } from '../../src/catalog/types.js';
import { SERVICES } from '../../src/services/index.js';

const TSV = fileURLToPath(new URL('../../../shared/spec/operations.tsv', import.meta.url));

describe('the catalog holds all 154 operations', () => {
  it('has 73 + 10 + 71 operations with unique names', () => {
    expect(SERVICES.map((s) => [s.name, s.catalog.size])).toEqual([
      ['PartnerWebAPI2', 73],
      ['BotAPI', 10],
      ['PartnerAPI', 71],
    ]);
  });

  it.runIf(existsSync(TSV))('matches spec/operations.tsv: names, hourly limits, batch sizes, period limits', () => {
    const [, ...lines] = readFileSync(TSV, 'utf8').trim().split('\n');
    const num = (v: string) => (v === '-' ? undefined : Number(v));
    const expected = lines.map((line) => {
      const [service, operation, section, day, night, batch, period] = line.split('\t');
      const limits: Limits = { dayPerHour: num(day), nightPerHour: num(night), batchSize: num(batch), periodDays: num(period) };
      return { service, operation, section, limits: JSON.parse(JSON.stringify(limits)) as Limits };
    });
    const actual = SERVICES.flatMap((s) => [...s.catalog.values()].map((op) => ({ service: s.name, operation: op.name, section: op.section, limits: op.limits })));
    expect(actual).toEqual(expected);
  });
});
