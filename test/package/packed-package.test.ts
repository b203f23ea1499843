import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The package as a user gets it: built once (src/ and seed/ with declarations), packed by `npm pack`
 * from the real package.json, unpacked into a temporary project's node_modules, and imported by name.
 * The project's dependencies are links to this checkout's installed ones (installing them would
 * compile better-sqlite3 again and needs the network).
 */
describe('the packed package, imported by name', () => {
  let dir: string;
  let stage: string;
  let project: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mock-pack-'));
    // Built under node_modules/.cache so the compiler finds the installed types.
    const cache = join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    stage = mkdtempSync(join(cache, 'mock-pack-'));
    const config = join(stage, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.json'),
        compilerOptions: { rootDir: ROOT, outDir: join(stage, 'dist'), sourceMap: false, declaration: true },
        include: [join(ROOT, 'src/**/*.ts'), join(ROOT, 'seed/**/*.ts')],
      }),
    );
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: ROOT, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    // The build is done: packing must not build again.
    writeFileSync(join(stage, 'package.json'), JSON.stringify({ ...manifest, scripts: {} }, null, 2));
    cpSync(join(ROOT, 'wsdl'), join(stage, 'wsdl'), { recursive: true });
    cpSync(join(ROOT, 'src', 'dashboard', 'app.js'), join(stage, 'src', 'dashboard', 'app.js'));
    execFileSync(npm, ['pack', '--pack-destination', dir, '--silent'], { cwd: stage, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;

    project = join(dir, 'project');
    const installed = join(project, 'node_modules', '1c-connect-mock');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', installed, '--strip-components=1']);
    for (const dep of [...Object.keys(manifest.dependencies), '@types/node']) {
      mkdirSync(join(project, 'node_modules', dep, '..'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
    }
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (stage) rmSync(stage, { recursive: true, force: true });
  });

  it('holds the build and the WSDLs, not the tests', () => {
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: join(project, 'node_modules', '1c-connect-mock') }).toString();
    expect(files).toContain('./dist/src/index.js');
    expect(files).toContain('./dist/src/index.d.ts');
    expect(files).toContain('./wsdl/PartnerWebAPI2.wsdl');
    expect(files).toContain('./src/dashboard/app.js');
    expect(files).not.toContain('./dist/test/');
  });

  it('starts from a user script that imports it by name', () => {
    const script = `
      import { startMockServer } from '1c-connect-mock';
      const mock = await startMockServer({ autoAccounts: true });
      const wsdl = await fetch(mock.wsdlUrl('PartnerWebAPI2'));
      const dashboard = [(await fetch(mock.url + '/')).status, (await fetch(mock.url + '/dashboard/app.js')).status];
      const body = '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:par="http://buhphone.com/PartnerWebAPI2"><soap:Body><par:RegionRead><par:Params/></par:RegionRead></soap:Body></soap:Envelope>';
      const call = await fetch(mock.endpointUrl('PartnerWebAPI2'), { method: 'POST', body, headers: { 'Content-Type': 'text/xml; charset=utf-8', Authorization: 'Basic ' + Buffer.from('ci-run-1:pw').toString('base64') } });
      const calls = await mock.admin.journal('ci-run-1');
      const accounts = (await mock.admin.accounts()).map((a) => a.login);
      await mock.close();
      console.log(JSON.stringify({ wsdl: wsdl.status, dashboard, call: call.status, result: calls[0].result, accounts }));
    `;
    writeFileSync(join(project, 'use.mjs'), script);
    const out = execFileSync(process.execPath, ['use.mjs'], { cwd: project, stdio: 'pipe', timeout: 60_000 }).toString();
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ wsdl: 200, dashboard: [200, 200], call: 200, result: 'SUCCESS', accounts: ['ci-run-1', 'demo'] });
  });

  it('gives TypeScript users its types through the package exports', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { startMockServer, type JournalCall, type RunningMockServer } from '1c-connect-mock';
       const mock: RunningMockServer = await startMockServer({ port: 0 });
       const calls: JournalCall[] = await mock.admin.journal('demo', { resultCode: 'OUT_OF_LIMIT' });
       await mock.admin.setFaults('demo', [{ operation: '*', mode: 'maintenance', times: 1 }]);
       // @ts-expect-error: not a fault mode
       await mock.admin.setFaults('demo', [{ operation: '*', mode: 'explode' }]);
       console.log(calls.length);
       await mock.close();
      `,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'], skipLibCheck: true }, files: ['use.ts'] }),
    );
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, stdio: 'pipe' });
  }, 60_000);
});
