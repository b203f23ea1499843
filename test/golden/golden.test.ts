import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSoap, startMock, type RunningMock } from '../support/mock-server.js';
import { resetAccount } from '../../src/runtime.js';

/**
 * Wire-level golden cases: each folder under cases/ is `<Service>__<behaviour>` with request.xml
 * and response.xml (exact bytes expected) and an optional case.json ({ "status": 500,
 * "headers": {...} }). The clock is frozen at a fixed instant. UPDATE_GOLDEN=1 rewrites response.xml.
 */
const CASES = fileURLToPath(new URL('./cases', import.meta.url));
const FROZEN_NOW = '2024-03-01T12:00:00+03:00';

interface CaseOptions {
  status?: number;
  headers?: Record<string, string>;
}

describe('golden request/response cases', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  for (const name of readdirSync(CASES).sort()) {
    it(name, async () => {
      const dir = join(CASES, name);
      const service = name.split('__')[0];
      const options: CaseOptions = existsSync(join(dir, 'case.json')) ? JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) : {};
      resetAccount(mock.runtime, 'demo', { now: new Date(FROZEN_NOW), frozen: true });
      const request = readFileSync(join(dir, 'request.xml'), 'utf8');
      const res = await postSoap(`${mock.url}/cus/ws/${service}`, request, options.headers);
      const expectedFile = join(dir, 'response.xml');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, `${res.text}\n`);
      expect(existsSync(expectedFile), `${name}/response.xml is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
      expect(res.status).toBe(options.status ?? 200);
      expect(res.text).toBe(readFileSync(expectedFile, 'utf8').replace(/\n$/, ''));
    });
  }
});
