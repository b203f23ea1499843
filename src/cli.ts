#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { Credentials } from './accounts/account-registry.js';
import { createRuntime } from './runtime.js';
import { createApp, servicePath } from './server/app.js';

const USAGE = `Usage: 1c-connect-mock [--port 8080] [--host 127.0.0.1] [--db file] [--seed N]
                      [--account login:password]... [--no-limits] [--public-url URL]`;

function parseAccount(text: string): Credentials {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new Error(`--account expects login:password, got "${text}"`);
  return { login: text.slice(0, colon), password: text.slice(colon + 1) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      seed: { type: 'string' },
      account: { type: 'string', multiple: true, default: [] },
      'no-limits': { type: 'boolean', default: false },
      'public-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port expects 0–65535, got "${values.port}"`);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed expects an integer, got "${values.seed}"`);
  const runtime = createRuntime({
    dbFile: values.db,
    seed,
    accounts: values.account.map(parseAccount),
    limits: !values['no-limits'],
    publicUrl: values['public-url'],
  });
  const server = createApp(runtime).listen(port, values.host, () => {
    const address = server.address();
    const base = values['public-url'] ?? `http://${values.host}:${typeof address === 'object' && address ? address.port : port}`;
    console.log(`1c-connect-mock is listening on ${base}`);
    for (const s of runtime.services) console.log(`  ${s.name.padEnd(15)} ${base}${servicePath(s.name)}?wsdl`);
    console.log(`  log in with HTTP Basic demo / demo${values.account.length ? ' (or the --account logins)' : ''}`);
    console.log(`  store: ${values.db ?? 'in memory'}; admin API: ${base}/admin/api/health`);
  });
}

try {
  main();
} catch (e) {
  console.error(`1c-connect-mock: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
