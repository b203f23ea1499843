import { execFile, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Debian's python3 (with python3-zeep), not whatever python3 comes first on PATH. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

export const SCRIPTS = fileURLToPath(new URL('./scripts/', import.meta.url));

const works = (command: string, args: string[]) => {
  // In a scratch folder: some tools (soapcpp2 -v) write generated files into the working directory.
  const r = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000, cwd: tmpdir() });
  return r.status === 0;
};

/**
 * Whether a real SOAP client is installed; when it is not, says so once, naming the package, so a
 * skipped suite is never mistaken for a passing one.
 */
export function toolPresent(name: string, debianPackages: string, command: string, args: string[]): boolean {
  const present = works(command, args);
  if (!present) console.log(`real-clients: SKIPPED ${name}: \`${[command, ...args].join(' ')}\` failed; install the Debian packages ${debianPackages}`);
  return present;
}

/** Runs a client script without blocking the event loop (the mock under test lives in this process). */
export function run(command: string, args: string[], timeoutMs = 60_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, cwd: tmpdir() }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
