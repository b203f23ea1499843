#!/usr/bin/env node
import { parseCliArgs, USAGE, type CliOptions } from './cli-args.js';
import { createRuntime } from './runtime.js';
import { createMockServer, servicePath } from './server/app.js';
import { checkListenSecurity } from './server/listen-security.js';

function start(options: CliOptions): void {
  checkListenSecurity(options.host, options.adminToken);
  const runtime = createRuntime(options);
  const server = createMockServer(runtime).listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const base = options.publicUrl ?? `http://${options.host}:${port}`;
    console.log(`1c-connect-mock is listening on ${base}`);
    for (const s of runtime.services) console.log(`  ${s.name.padEnd(15)} ${base}${servicePath(s.name)}?wsdl`);
    const logins = runtime.accounts.logins().join(', ');
    console.log(`  log in with HTTP Basic demo / demo (accounts: ${logins})`);
    console.log(`  store: ${options.dbFile ?? 'in memory'}; admin API: ${base}/admin/api/health${options.adminToken ? ' (Bearer token)' : ''}`);
    if (options.autoAccounts) console.log('  accounts are created at their first call (--auto-accounts)');
  });
  server.on('error', (e) => {
    console.error(`1c-connect-mock: cannot listen on ${options.host}:${options.port}: ${e.message}`);
    process.exit(1);
  });
}

try {
  const options = parseCliArgs(process.argv.slice(2));
  if (options.help) console.log(USAGE);
  else start(options);
} catch (e) {
  console.error(`1c-connect-mock: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
