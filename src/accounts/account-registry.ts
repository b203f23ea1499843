import { createHash, timingSafeEqual } from 'node:crypto';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import type { Account, Subscriptions } from '../pipeline/call-context.js';
import type { QuotaSettings } from '../pipeline/hourly-limits.js';
import type { Db } from '../store/database.js';
import { stmt } from '../store/statements.js';
import { copyWorld } from '../store/world-copy.js';
import { changedTables, setChangedTables, trackWorldChanges } from '../store/world-changes.js';
import { WORLD_TABLES } from '../store/schema.js';
import { deleteWorld } from '../seed/reset-world.js';
import { seedWorld, worldKey } from '../seed/seed-world.js';
import { MOSCOW_OFFSET_MINUTES } from '../time/moscow-time.js';
import { toStoreTimestamp } from '../time/account-dates.js';

export interface Credentials {
  login: string;
  password: string;
  /** The faker seed of this account's world; the server's seed when absent. */
  seed?: number;
}

export const DEMO_CREDENTIALS: Credentials = { login: 'demo', password: 'demo' };

/** A login is a path segment of the admin API and never one of the hidden worlds (`#template:`, `#snapshot:`). */
export const LOGIN_PATTERN = /^[^\s#:/?%\\]{1,100}$/u;
export const SNAPSHOT_NAME_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

interface AccountRow {
  login: string;
  password: string;
  partner_id: string;
  tz_offset_minutes: number;
  extended_features: number;
  storefront_click_logs: number;
  seed: number;
  limits_enabled: number;
  limits_scale: number;
}

export interface AccountSummary {
  login: string;
  seed: number;
  utcOffsetMinutes: number;
  subscriptions: Subscriptions;
}

export interface SnapshotSummary {
  name: string;
  createdAt: string;
}

const snapshotWorld = (login: string, name: string) => `${login}#snapshot:${name}`;
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

const SEEDING_STEP_MS = 10 * 60_000;

/**
 * Where a world seeded in real time ends: the last 10-minute mark, so that worlds seeded within the
 * same ten minutes are the same world (built once, copied after) and nothing is after now.
 */
export function seedingMoment(now: Date): Date {
  return new Date(Math.floor(now.getTime() / SEEDING_STEP_MS) * SEEDING_STEP_MS);
}

/**
 * API accounts, each with its own world in the shared store. A world is built once per seed, scale
 * and moment (src/seed/seed-world.ts keeps it as a template); a new account, a reset and a snapshot
 * restore are copies inside SQLite.
 */
export class AccountRegistry {
  private readonly cache = new Map<string, AccountRow>();
  /**
   * Per world (account or snapshot), the template it equals but for the tables written to since
   * (src/store/world-changes.ts): a reset or restore between worlds of one template copies only
   * those tables. Unknown (e.g. a world of an earlier run) → whole copies.
   */
  private readonly bases = new Map<string, string>();
  /** Changes when another connection commits to a `--db` file: the triggers saw none of its writes. */
  private dataVersion: number;

  constructor(
    private readonly db: Db,
    private readonly seed: number,
    private readonly scale = 1,
  ) {
    trackWorldChanges(db);
    this.dataVersion = this.currentDataVersion();
  }

  private currentDataVersion(): number {
    return (stmt(this.db, 'SELECT data_version AS v FROM pragma_data_version').get() as { v: number }).v;
  }

  /** The template `world` equals but for its changed tables, if known (never after another connection wrote). */
  private baseOf(world: string): string | undefined {
    const version = this.currentDataVersion();
    if (version !== this.dataVersion) {
      this.bases.clear();
      this.dataVersion = version;
    }
    return this.bases.get(world);
  }

  /** Creates the account and seeds its world at `now`, unless a persistent store has it already (then only the password is updated). */
  ensure(credentials: Credentials, now: Date): void {
    const existing = this.row(credentials.login);
    if (!existing) {
      this.create(credentials, now);
      return;
    }
    if (existing.password !== credentials.password) stmt(this.db, 'UPDATE accounts SET password = ? WHERE login = ?').run(credentials.password, credentials.login);
    this.cache.delete(credentials.login);
  }

  /** A new account with a fresh world, its activity ending at `now`; false when the login is taken. */
  create({ login, password, seed = this.seed }: Credentials, now: Date = seedingMoment(new Date())): boolean {
    if (!LOGIN_PATTERN.test(login)) throw new Error(`login "${login}" is not usable (1–100 characters, none of whitespace # : / ? % \\)`);
    if (this.row(login)) return false;
    this.db.transaction(() => {
      // The demo account has every subscription, so every operation can be tried on it; others start without.
      const subscribed = login === DEMO_CREDENTIALS.login ? 1 : 0;
      stmt(
        this.db,
        'INSERT INTO accounts (login, password, partner_id, tz_offset_minutes, extended_features, storefront_click_logs, seed) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(login, password, WELL_KNOWN.partner, MOSCOW_OFFSET_MINUTES, subscribed, subscribed, seed);
      seedWorld(this.db, login, seed, { now, scale: this.scale });
      this.setBase(login, worldKey(seed, { now, scale: this.scale }), []);
    })();
    return true;
  }

  /** The account, its world and its snapshots are gone. */
  remove(login: string): boolean {
    if (!this.row(login)) return false;
    this.db.transaction(() => {
      for (const { name } of this.snapshots(login)) this.dropWorld(snapshotWorld(login, name));
      stmt(this.db, 'DELETE FROM snapshots WHERE login = ?').run(login);
      this.dropWorld(login);
      stmt(this.db, 'DELETE FROM accounts WHERE login = ?').run(login);
    })();
    this.cache.delete(login);
    return true;
  }

  /**
   * Password check in constant time (over digests, so the lengths do not show either). With
   * `provision`, an unseen usable login becomes a new account with this password and a fresh world.
   */
  authenticate(login: string, password: string, provision = false): Account | undefined {
    if (provision && !this.row(login) && LOGIN_PATTERN.test(login)) this.create({ login, password });
    const row = this.row(login);
    const ok = timingSafeEqual(digest(row?.password ?? ''), digest(password));
    return row && ok ? toAccount(row) : undefined;
  }

  get(login: string): Account | undefined {
    const row = this.row(login);
    return row && toAccount(row);
  }

  summary(login: string): AccountSummary | undefined {
    const row = this.row(login);
    return row && { login, seed: row.seed, utcOffsetMinutes: row.tz_offset_minutes, subscriptions: toAccount(row).subscriptions };
  }

  /** Back to the seeded state: the world is deleted and seeded again (a copy in SQL), its activity ending at `now`. */
  reset(login: string, now: Date): void {
    const row = this.row(login);
    if (!row) return;
    const scenario = { now, scale: this.scale };
    const key = worldKey(row.seed, scenario);
    this.db.transaction(() => {
      // Same template as seeded: only the tables changed since go back (none → nothing to do).
      const tables = this.baseOf(login) === key ? changedTables(this.db, login) : WORLD_TABLES;
      if (tables.length === 0) return;
      deleteWorld(this.db, login, tables);
      seedWorld(this.db, login, row.seed, scenario, tables);
      this.setBase(login, key, []);
    })();
  }

  /** `world` now equals the template `key` but for `changed` tables. */
  private setBase(world: string, key: string | undefined, changed: Iterable<string>): void {
    if (key === undefined) this.bases.delete(world);
    else this.bases.set(world, key);
    setChangedTables(this.db, world, changed);
  }

  /** Copies world `from` over world `to`: only the tables either changed since their common template, when they have one. */
  private copyOver(from: string, to: string): void {
    const base = this.baseOf(from);
    const fromChanged = changedTables(this.db, from);
    const tables = base !== undefined && this.baseOf(to) === base ? [...new Set([...fromChanged, ...changedTables(this.db, to)])] : WORLD_TABLES;
    copyWorld(this.db, from, to, tables);
    this.setBase(to, base, fromChanged);
  }

  private dropWorld(world: string): void {
    deleteWorld(this.db, world);
    this.setBase(world, undefined, []);
  }

  /** Keeps a copy of the account's world under `name` (replacing one of that name). */
  saveSnapshot(login: string, name: string, now: Date): SnapshotSummary {
    const createdAt = toStoreTimestamp(now);
    this.db.transaction(() => {
      this.copyOver(login, snapshotWorld(login, name));
      stmt(this.db, 'INSERT OR REPLACE INTO snapshots (login, name, created_at) VALUES (?, ?, ?)').run(login, name, createdAt);
    })();
    return { name, createdAt };
  }

  /** The account's world becomes the snapshot's again; false when there is no such snapshot. */
  restoreSnapshot(login: string, name: string): boolean {
    if (!this.snapshots(login).some((s) => s.name === name)) return false;
    this.db.transaction(() => this.copyOver(snapshotWorld(login, name), login))();
    return true;
  }

  deleteSnapshot(login: string, name: string): boolean {
    return this.db.transaction(() => {
      this.dropWorld(snapshotWorld(login, name));
      return stmt(this.db, 'DELETE FROM snapshots WHERE login = ? AND name = ?').run(login, name).changes > 0;
    })();
  }

  snapshots(login: string): SnapshotSummary[] {
    return (stmt(this.db, 'SELECT name, created_at FROM snapshots WHERE login = ? ORDER BY created_at DESC, name').all(login) as { name: string; created_at: string }[]).map(
      (r) => ({ name: r.name, createdAt: r.created_at }),
    );
  }

  /** The API account's time zone (spec 1, "Настройки API"), minutes east of UTC. */
  setTimeZone(login: string, offsetMinutes: number): void {
    stmt(this.db, 'UPDATE accounts SET tz_offset_minutes = ? WHERE login = ?').run(offsetMinutes, login);
    this.cache.delete(login);
  }

  setSubscriptions(login: string, changes: Partial<Subscriptions>): void {
    const row = this.row(login);
    if (!row) return;
    stmt(this.db, 'UPDATE accounts SET extended_features = ?, storefront_click_logs = ? WHERE login = ?').run(
      Number(changes.extendedFeatures ?? row.extended_features === 1),
      Number(changes.storefrontClickLogs ?? row.storefront_click_logs === 1),
      login,
    );
    this.cache.delete(login);
  }

  /** The account's own quota settings (all limits on, scale 1, for an unknown login). */
  quota(login: string): QuotaSettings {
    const row = this.row(login);
    return { enabled: row ? row.limits_enabled === 1 : true, scale: row?.limits_scale ?? 1 };
  }

  setQuota(login: string, changes: Partial<QuotaSettings>): void {
    const { enabled, scale } = { ...this.quota(login), ...changes };
    stmt(this.db, 'UPDATE accounts SET limits_enabled = ?, limits_scale = ? WHERE login = ?').run(Number(enabled), scale, login);
    this.cache.delete(login);
  }

  logins(): string[] {
    return (stmt(this.db, 'SELECT login FROM accounts ORDER BY login').all() as { login: string }[]).map((r) => r.login);
  }

  private row(login: string): AccountRow | undefined {
    let row = this.cache.get(login);
    if (!row) {
      row = stmt(this.db, 'SELECT * FROM accounts WHERE login = ?').get(login) as AccountRow | undefined;
      if (row) this.cache.set(login, row);
    }
    return row;
  }
}

function toAccount(row: AccountRow): Account {
  return {
    login: row.login,
    partnerId: row.partner_id,
    tzOffsetMinutes: row.tz_offset_minutes,
    subscriptions: { extendedFeatures: row.extended_features === 1, storefrontClickLogs: row.storefront_click_logs === 1 },
  };
}
