import { DEFAULT_SEED } from '../seed/demo-world.js';
import { AccountRegistry, DEMO_CREDENTIALS, seedingMoment, type Credentials } from './accounts/account-registry.js';
import type { PipelineDeps } from './pipeline/call-pipeline.js';
import { CallJournal, type JournalLimits } from './pipeline/call-journal.js';
import { HourlyLimits } from './pipeline/hourly-limits.js';
import type { ServiceDefinition } from './pipeline/service.js';
import { FaultRules } from './server/fault-rules.js';
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
  /** The first Basic-auth call with an unseen login creates that account (password fixed at first use). */
  autoAccounts?: boolean;
  /** Bounds of each account's call journal (entries, bytes, bytes kept of each request and response XML). */
  journal?: Partial<JournalLimits>;
  /** When set, the admin API asks for `Authorization: Bearer <adminToken>`; required to listen beyond loopback. */
  adminToken?: string;
}

/** The running mock's state: the store, accounts, clocks and limit counters, shared by all services. */
export interface MockRuntime extends PipelineDeps {
  accounts: AccountRegistry;
  journal: CallJournal;
  faults: FaultRules;
  services: readonly ServiceDefinition[];
  options: Required<Pick<MockOptions, 'maxBodyBytes'>> & MockOptions;
}

/**
/**
 * An account back to its start: real time (or the clock given), no calls counted or journaled, no
 * injected faults, and the world seeded again with its activity ending at that clock's now. The
 * clock comes first so the history is anchored at the time the account will then read it. Its
 * settings stay (time zone, subscriptions, quota switch and scale) and so do its snapshots.
 */
export function resetAccount(runtime: MockRuntime, login: string, clock?: { now: Date; frozen: boolean }): void {
  if (clock) runtime.clocks.set(login, clock.now, clock.frozen);
  else runtime.clocks.reset(login);
  runtime.accounts.reset(login, clock ? clock.now : seedingMoment(runtime.clocks.now(login)));
  forgetRun(runtime, login);
}

/** An account gone with everything of it: world, snapshots, settings, counters, clock, journal, faults. */
export function deleteAccount(runtime: MockRuntime, login: string): void {
  runtime.accounts.remove(login);
  runtime.clocks.reset(login);
  forgetRun(runtime, login);
}

/** What a run leaves in memory besides the store and the clock: limit counters, the journal, injected faults. */
function forgetRun(runtime: MockRuntime, login: string): void {
  runtime.limits.reset(login);
  runtime.journal.reset(login);
  runtime.faults.clear(login);
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export function createRuntime(options: MockOptions = {}): MockRuntime {
  const db = openDatabase(options.dbFile);
  const accounts = new AccountRegistry(db, options.seed ?? DEFAULT_SEED, options.scale ?? 1);
  const clocks = new AccountClocks();
  for (const credentials of [DEMO_CREDENTIALS, ...(options.accounts ?? [])]) accounts.ensure(credentials, seedingMoment(clocks.now(credentials.login)));
  return {
    db,
    accounts,
    clocks,
    journal: new CallJournal(options.journal),
    faults: new FaultRules(options.seed ?? DEFAULT_SEED),
    limits: new HourlyLimits(options.limits !== false, (login) => accounts.quota(login)),
    services: SERVICES,
    options: { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options },
  };
}
