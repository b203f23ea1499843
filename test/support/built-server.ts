import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Compiles the server (src/ and seed/, not the tests) into a fresh folder under node_modules/.cache,
 * so the build finds the installed packages, for tests that run the real CLI in a child process.
 */
export function buildCli(): { cli: string; remove(): void } {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'mock-build-'));
  const config = join(outDir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { rootDir: ROOT, outDir, sourceMap: false },
      include: [join(ROOT, 'src/**/*.ts'), join(ROOT, 'seed/**/*.ts')],
    }),
  );
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: ROOT, stdio: 'pipe' });
  return { cli: join(outDir, 'src/cli.js'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

export interface ServerProcess {
  child: ChildProcess;
  /** The base URL once the server prints it; rejects when it exits first or takes longer than the timeout. */
  listening: Promise<string>;
  /** Kills the process with the signal (SIGKILL by default) and waits until it has gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Spawns the CLI on a free port (--port 0) without waiting for it. */
export function spawnCli(cli: string, args: string[], timeoutMs = 20_000): ServerProcess {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const listening = new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  listening.catch(() => {}); // a server killed on purpose before it listens is not an error
  return { child, listening, kill };
}

/** Starts the CLI on a free port and waits until it listens. */
export async function startCli(cli: string, args: string[], timeoutMs = 20_000): Promise<ServerProcess & { url: string }> {
  const server = spawnCli(cli, args, timeoutMs);
  return { ...server, url: await server.listening };
}
