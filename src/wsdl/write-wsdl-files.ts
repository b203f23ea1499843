/** Writes the committed WSDL files under wsdl/: `npm run wsdl`. */

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICES } from '../services/index.js';
import { generateWsdl } from './generate-wsdl.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The nearest folder above this file with a package.json: the project root from src/wsdl and from dist/src/wsdl alike. */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`write-wsdl-files: no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(HERE);

export const WSDL_BASE_URL = 'http://localhost:8080/cus/ws';

/** One file per service: absolute path and the generated WSDL. */
export function wsdlFiles(): { path: string; content: string }[] {
  return SERVICES.map((service) => ({
    path: join(PROJECT_ROOT, 'wsdl', `${service.name}.wsdl`),
    content: generateWsdl(service, `${WSDL_BASE_URL}/${service.name}`),
  }));
}

export async function writeWsdlFiles(): Promise<string[]> {
  const files = wsdlFiles();
  for (const file of files) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.content, 'utf8');
  }
  return files.map((file) => relative(PROJECT_ROOT, file.path));
}

const runAsScript = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsScript) {
  for (const path of await writeWsdlFiles()) console.log(`wrote ${path}`);
}
