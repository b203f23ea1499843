import { DEFAULT_SEED } from '../seed/demo-world.js';
import { AccountRegistry, DEMO_CREDENTIALS, type Credentials } from './accounts/account-registry.js';
import type { PipelineDeps } from './pipeline/call-pipeline.js';
import { CallJournal } from './pipeline/call-journal.js';
import { HourlyLimits } from './pipeline/hourly-limits.js';
import type { ServiceDefinition } from './pipeline/service.js';
import { SERVICES } from './services/index.js';
import { openDatabase } from './store/database.js';
import { AccountClocks } from './time/account-clock.js';

export interface MockOptions {
  /** SQLite file for a persistent sandbox; in memory when absent. */
  dbFile?: string;
  seed?: number;
  /** Scale factor of the seeded activity (1 = the demo world's ~90 days). */
  scale?: number;
  /** Accounts besides demo/demo. */
  accounts?: Credentials[];
  /** false turns hourly limits off. */
  limits?: boolean;
  /** Request body cap in bytes (413 above it). */
  maxBodyBytes?: number;
  /** Base URL written into WSDL addresses instead of the request's own. */
  publicUrl?: string;
  /** The address the server listens on; its name is one the admin API answers for. */
  host?: string;
}

/** The running mock's state: the store, accounts, clocks and limit counters, shared by all services. */
export interface MockRuntime extends PipelineDeps {
  accounts: AccountRegistry;
  journal: CallJournal;
  services: readonly ServiceDefinition[];
  options: Required<Pick<MockOptions, 'maxBodyBytes'>> & MockOptions;
}

/**
 * An account back to its start: no calls counted or journaled, real time (or the clock given), and
 * the world seeded again with its activity ending at that clock's now. The clock comes first so the
 * history is anchored at the time the account will then read it.
 */
export function resetAccount(runtime: MockRuntime, login: string, clock?: { now: Date; frozen: boolean }): void {
  if (clock) runtime.clocks.set(login, clock.now, clock.frozen);
  else runtime.clocks.reset(login);
  runtime.accounts.reset(login, clock ? clock.now : realTimeAnchor(runtime.clocks.now(login)));
  runtime.limits.reset(login);
  runtime.journal.reset(login);
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

const ANCHOR_STEP_MS = 10 * 60_000;

/**
 * Where a world seeded in real time ends: the last 10-minute mark, so that worlds seeded within the
 * same ten minutes are the same world (built once, copied after) and nothing is after now.
 */
function realTimeAnchor(now: Date): Date {
  return new Date(Math.floor(now.getTime() / ANCHOR_STEP_MS) * ANCHOR_STEP_MS);
}

export function createRuntime(options: MockOptions = {}): MockRuntime {
  const db = openDatabase(options.dbFile);
  const accounts = new AccountRegistry(db, options.seed ?? DEFAULT_SEED, options.scale ?? 1);
  const clocks = new AccountClocks();
  for (const credentials of [DEMO_CREDENTIALS, ...(options.accounts ?? [])]) accounts.ensure(credentials, realTimeAnchor(clocks.now(credentials.login)));
  return {
    db,
    accounts,
    clocks,
    journal: new CallJournal(),
    limits: new HourlyLimits(options.limits !== false),
    services: SERVICES,
    options: { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options },
  };
}
