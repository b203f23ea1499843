import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPERATIONS_DOC, operationsDocContent } from '../../src/docs/write-operation-reference.js';
import { SERVICES } from '../../src/services/index.js';

describe('docs/operations.md', () => {
  const content = operationsDocContent();

  it('matches the catalog', () => {
    const committed = existsSync(OPERATIONS_DOC) ? readFileSync(OPERATIONS_DOC, 'utf8') : undefined;
    expect(committed === content, `docs/operations.md ${committed === undefined ? 'is missing' : 'differs'}: run npm run docs`).toBe(true);
  });

  it('has a section for every operation of every service', () => {
    for (const service of SERVICES) for (const name of service.catalog.keys()) expect(content).toContain(`\n### ${name}\n`);
  });

  it('shows parameters, result columns and limits', () => {
    const regionRead = content.slice(content.indexOf('\n### RegionRead\n'), content.indexOf('\n### ', content.indexOf('\n### RegionRead\n') + 5));
    expect(regionRead).toContain('Parameters: none.');
    expect(regionRead).toContain('| RegionID | УникальныйИдентификатор |');
    expect(regionRead).toContain('| RegionName | Строка(50) |');
    expect(regionRead).toMatch(/per hour: day \d+, night \d+/);
  });
});
