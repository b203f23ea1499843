import type { Statement } from 'better-sqlite3';
import type { OperationSpec } from '../catalog/types.js';
import type { Db } from '../store/database.js';
import type { XdtoValue } from '../xml/xdto-value.js';
import type { Account } from './call-context.js';
import type { Outcome } from './outcome.js';

/** Answers kept per account; a caller asking ever new questions cannot grow the cache past this. */
const MAX_ENTRIES_PER_ACCOUNT = 64;

/**
 * SUCCESS answers of `cacheable` operations, per account, valid while the store is unchanged:
 * SQLite's total_changes() counts every row any statement on the connection inserted, updated or
 * deleted (handlers, seeding, resets, uploads alike), and data_version changes when another
 * connection commits to the same file; when either differs, every entry is dropped.
 */
export class ReadCache {
  private readonly storeVersion: Statement;
  private version = '';
  private readonly accounts = new Map<string, Map<string, Outcome>>();

  constructor(db: Db) {
    this.storeVersion = db.prepare("SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version)").pluck();
  }

  /** The answer computed by `compute`, or the one given to the same question since the store last changed. */
  answer(op: OperationSpec, account: Account, params: XdtoValue, compute: () => Outcome): Outcome {
    const before = this.currentVersion();
    const key = `${op.service}\n${op.name}\n${account.tzOffsetMinutes}\n${inputKey(params)}`;
    let entries = this.accounts.get(account.login);
    const hit = entries?.get(key);
    if (hit) return hit;
    const outcome = compute();
    if (outcome.code !== 'SUCCESS' || this.storeVersion.get() !== before) return outcome;
    if (!entries) this.accounts.set(account.login, (entries = new Map()));
    if (entries.size >= MAX_ENTRIES_PER_ACCOUNT) entries.clear();
    entries.set(key, outcome);
    return outcome;
  }

  private currentVersion(): string {
    const version = this.storeVersion.get() as string;
    if (version !== this.version) {
      this.accounts.clear();
      this.version = version;
    }
    return version;
  }
}

/** The parameters as one string: equal strings for equal inputs. */
export function inputKey(value: XdtoValue): string {
  switch (value.type) {
    case 'undefined':
      return 'u';
    case 'string':
      return `s${value.untyped ? '?' : ''}${JSON.stringify(value.value)}`;
    case 'number':
    case 'boolean':
    case 'dateTime':
      return `${value.type[0]}${JSON.stringify(value.value)}`;
    case 'base64':
      return `b${value.value.toString('base64')}`;
    case 'structure':
      return `{${[...value.props].map(([name, v]) => `${JSON.stringify(name)}:${inputKey(v)}`).join(',')}}`;
    case 'array':
      return `[${value.items.map(inputKey).join(',')}]`;
    case 'table':
      return `t${JSON.stringify(value.columns)}[${value.rows.map((r) => `[${r.map(inputKey).join(',')}]`).join(',')}]`;
  }
}
