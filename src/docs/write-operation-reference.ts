/** Writes docs/operations.md from the catalogs: `npm run docs`. */

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICES } from '../services/index.js';
import { PROJECT_ROOT } from '../wsdl/write-wsdl-files.js';
import { operationReferenceMarkdown } from './operation-reference.js';

export const OPERATIONS_DOC = join(PROJECT_ROOT, 'docs', 'operations.md');

export function operationsDocContent(): string {
  return operationReferenceMarkdown(SERVICES);
}

const runAsScript = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsScript) {
  await mkdir(dirname(OPERATIONS_DOC), { recursive: true });
  await writeFile(OPERATIONS_DOC, operationsDocContent(), 'utf8');
  console.log('wrote docs/operations.md');
}
