import { parseArgs } from 'node:util';
import type { Credentials } from './accounts/account-registry.js';
import type { MockOptions } from './runtime.js';

export const USAGE = `Usage: 1c-connect-mock [--port 8080] [--host 127.0.0.1] [--db file] [--seed N] [--scale N]
                      [--account login:password]... [--auto-accounts] [--no-limits]
                      [--public-url URL] [--admin-token secret]`;

export interface CliOptions extends MockOptions {
  port: number;
  host: string;
  help: boolean;
}

function parseAccount(text: string): Credentials {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) throw new Error(`--account expects login:password, got "${text}"`);
  return { login: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Command-line flags into server options; a bad flag throws with a message that says what is expected. */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      account: { type: 'string', multiple: true, default: [] },
      'auto-accounts': { type: 'boolean', default: false },
      'no-limits': { type: 'boolean', default: false },
      'public-url': { type: 'string' },
      'admin-token': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port expects 0–65535, got "${values.port}"`);
  if (values['admin-token'] !== undefined && values['admin-token'].length < 8) throw new Error('--admin-token expects at least 8 characters');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new Error(`--seed expects an integer, got "${values.seed}"`);
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && !(Number.isInteger(scale) && scale >= 1 && scale <= 100)) throw new Error(`--scale expects a whole number from 1 to 100, got "${values.scale}"`);
  return {
    port,
    host: values.host,
    help: values.help,
    dbFile: values.db,
    seed,
    scale,
    accounts: values.account.map(parseAccount),
    autoAccounts: values['auto-accounts'],
    limits: !values['no-limits'],
    publicUrl: values['public-url'],
    adminToken: values['admin-token'],
  };
}
