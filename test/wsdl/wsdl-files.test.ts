import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, wsdlFiles } from '../../src/wsdl/write-wsdl-files.js';

const STALE = 'wsdl/ is stale: run npm run wsdl';

describe('committed wsdl/', () => {
  const files = wsdlFiles();

  it.each(files.map((file) => [relative(PROJECT_ROOT, file.path), file] as const))('%s matches the catalog', (path, file) => {
    const committed = existsSync(file.path) ? readFileSync(file.path, 'utf8') : undefined;
    expect(committed === file.content, `${path} ${committed === undefined ? 'is missing' : 'differs'}: ${STALE}`).toBe(true);
  });

  it('holds no other WSDL files', () => {
    const present = readdirSync(join(PROJECT_ROOT, 'wsdl')).filter((name) => name.endsWith('.wsdl')).sort();
    expect(present, STALE).toEqual(files.map((file) => basename(file.path)).sort());
  });
});
