import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../support/mock-server.js';
import { OPERATIONS } from './client-run.js';
import { run, toolPresent } from './tools.js';

const hasGsoap = toolPresent('gSOAP wsdl2h/soapcpp2', 'gsoap', 'wsdl2h', ['-h']) && toolPresent('gSOAP soapcpp2', 'gsoap', 'soapcpp2', ['-h']);
/** wsdl2h's note that it serves the SOAP 1.1 and 1.2 bindings from one proxy; not a problem of the WSDL. */
const TWO_BINDINGS = 'Warning: 2 service bindings found, but collected as one service (use option -Nname to produce a separate service for each binding)';

describe.skipIf(!hasGsoap)('gSOAP translates the three WSDLs', () => {
  let mock: RunningMock;
  let dir: string;
  beforeAll(async () => {
    mock = await startMock();
    dir = mkdtempSync(join(tmpdir(), 'mock-gsoap-'));
  });
  afterAll(async () => {
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.entries(OPERATIONS))('%s: wsdl2h without errors, one call per operation and binding, soapcpp2 compiles it', async (service, count) => {
    const header = join(dir, `${service}.h`);
    const { stdout, stderr } = await run('wsdl2h', ['-o', header, `${mock.url}/cus/ws/${service}?wsdl`]);
    expect(`${stdout}\n${stderr}`.split('\n').filter((l) => /error|warning/i.test(l))).toEqual([TWO_BINDINGS]);

    // One service call per operation and binding; wsdl2h spells "_" in a name as _USCORE and names the
    // SOAP 1.2 binding's calls with a trailing _.
    const calls = [...readFileSync(header, 'utf8').matchAll(/^int __[a-z0-9]+__(\w+?)_?\(/gm)].map((m) => m[1].replaceAll('_USCORE', '_'));
    const names = [...mock.runtime.services.find((s) => s.name === service)!.catalog.keys()].sort();
    console.log(`real-clients: gSOAP wsdl2h ${service}: ${calls.length} calls for ${new Set(calls).size} operations`);
    expect(calls).toHaveLength(2 * count);
    expect([...new Set(calls)].sort()).toEqual(names);

    const generated = join(dir, `gen-${service}`);
    mkdirSync(generated);
    const { stderr: compiled } = await run('soapcpp2', ['-C', '-j', '-x', '-d', generated, '-I/usr/share/gsoap/import', header]);
    expect(compiled).toContain('Compilation successful');
  }, 60_000);
});
