import { WELL_KNOWN } from '../../seed/demo-world.js';
import type { Account, Subscriptions } from '../pipeline/call-context.js';
import type { Db } from '../store/database.js';
import { stmt } from '../store/statements.js';
import { deleteWorld } from '../seed/reset-world.js';
import { seedWorld, worldKey } from '../seed/seed-world.js';
import { MOSCOW_OFFSET_MINUTES } from '../time/moscow-time.js';

export interface Credentials {
  login: string;
  password: string;
}

export const DEMO_CREDENTIALS: Credentials = { login: 'demo', password: 'demo' };

interface AccountRow {
  login: string;
  password: string;
  partner_id: string;
  tz_offset_minutes: number;
  extended_features: number;
  storefront_click_logs: number;
}

/** API accounts, each with its own seeded world in the shared store. */
export class AccountRegistry {
  private readonly cache = new Map<string, AccountRow>();
  /** Per account, the world it was seeded with and the store's change count right after: unchanged since → reset is a no-op. */
  private readonly pristine = new Map<string, { key: string; changes: number }>();

  constructor(
    private readonly db: Db,
    private readonly seed: number,
    private readonly scale = 1,
  ) {}

  /** Creates the account and seeds its world at `now`, unless a persistent store has it already. */
  ensure({ login, password }: Credentials, now: Date): void {
    const existing = this.row(login);
    if (existing) {
      if (existing.password !== password) stmt(this.db, 'UPDATE accounts SET password = ? WHERE login = ?').run(password, login);
      this.cache.delete(login);
      return;
    }
    this.db.transaction(() => {
      // The demo account has every subscription, so every operation can be tried on it; others start without.
      const subscribed = login === DEMO_CREDENTIALS.login ? 1 : 0;
      stmt(
        this.db,
        'INSERT INTO accounts (login, password, partner_id, tz_offset_minutes, extended_features, storefront_click_logs) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(login, password, WELL_KNOWN.partner, MOSCOW_OFFSET_MINUTES, subscribed, subscribed);
      seedWorld(this.db, login, this.seed, { now, scale: this.scale });
    })();
    this.markPristine(login, now);
  }

  authenticate(login: string, password: string): Account | undefined {
    const row = this.row(login);
    return row && row.password === password ? toAccount(row) : undefined;
  }

  get(login: string): Account | undefined {
    const row = this.row(login);
    return row && toAccount(row);
  }

  /** Back to the seeded state: the world is deleted and seeded again, its activity ending at `now`. */
  reset(login: string, now: Date): void {
    const mark = this.pristine.get(login);
    if (mark && mark.key === worldKey(this.seed, { now, scale: this.scale }) && mark.changes === this.totalChanges()) return;
    this.db.transaction(() => {
      deleteWorld(this.db, login);
      seedWorld(this.db, login, this.seed, { now, scale: this.scale });
    })();
    this.markPristine(login, now);
  }

  private markPristine(login: string, now: Date): void {
    this.pristine.set(login, { key: worldKey(this.seed, { now, scale: this.scale }), changes: this.totalChanges() });
  }

  /** Rows changed through this connection so far (every write of the mock goes through it). */
  private totalChanges(): number {
    return (stmt(this.db, 'SELECT total_changes() AS n').get() as { n: number }).n;
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
