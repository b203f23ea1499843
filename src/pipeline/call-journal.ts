import type { OperationSpec } from '../catalog/types.js';
import type { XdtoValue } from '../xml/xdto-value.js';
import { spellingsOf } from './param-names.js';

export interface JournalEntry {
  at: string;
  service: string;
  operation: string;
  /** A ResultCode, or FAULT for a SOAP Fault. */
  result: string;
  /** What the call got away with: unknown parameters (ignored, spec 1), names spelled in another case. */
  warnings: string[];
}

/** Bounds of what one account's journal keeps: the newest entries that fit both. */
export const JOURNAL_LIMITS = {
  entries: 500,
  bytes: 1024 * 1024,
  /** Warnings kept per entry; the rest are counted in one more line. */
  warningsPerEntry: 20,
  /** Longest text kept of one warning (a parameter name may be megabytes long). */
  warningLength: 200,
} as const;

interface Kept {
  entry: JournalEntry;
  bytes: number;
}

/** The latest calls of each API account, newest last; kept in memory, like the live service's API log. */
export class CallJournal {
  private readonly entries = new Map<string, { list: Kept[]; bytes: number }>();

  record(account: string, entry: JournalEntry): void {
    let journal = this.entries.get(account);
    if (!journal) this.entries.set(account, (journal = { list: [], bytes: 0 }));
    const bounded = { ...entry, operation: cut(entry.operation), warnings: boundWarnings(entry.warnings) };
    const bytes = Buffer.byteLength(JSON.stringify(bounded));
    journal.list.push({ entry: bounded, bytes });
    journal.bytes += bytes;
    while (journal.list.length > JOURNAL_LIMITS.entries || journal.bytes > JOURNAL_LIMITS.bytes) {
      journal.bytes -= journal.list.shift()!.bytes;
    }
  }

  /** Newest first. */
  latest(account: string, limit = 50): JournalEntry[] {
    return (this.entries.get(account)?.list ?? []).slice(-limit).reverse().map((k) => k.entry);
  }

  /** Bytes kept for an account (what the bounds apply to). */
  bytes(account: string): number {
    return this.entries.get(account)?.bytes ?? 0;
  }

  reset(account: string): void {
    this.entries.delete(account);
  }
}

function cut(text: string): string {
  return text.length > JOURNAL_LIMITS.warningLength ? `${text.slice(0, JOURNAL_LIMITS.warningLength)}…` : text;
}

function boundWarnings(warnings: readonly string[]): string[] {
  const kept = warnings.slice(0, JOURNAL_LIMITS.warningsPerEntry).map(cut);
  const more = warnings.length - kept.length;
  return more > 0 ? [...kept, `… and ${more} more`] : kept;
}

const canonicalNamesCache = new WeakMap<OperationSpec, ReadonlyMap<string, string>>();

/** Lower-cased spelling → catalog name, for every parameter name and alias of the operation. */
function canonicalNames(op: OperationSpec): ReadonlyMap<string, string> {
  let names = canonicalNamesCache.get(op);
  if (!names) {
    names = new Map((op.params ?? []).flatMap((p) => spellingsOf(p).map((n) => [n.toLowerCase(), p.name] as const)));
    canonicalNamesCache.set(op, names);
  }
  return names;
}

function givenNames(input: XdtoValue): string[] {
  if (input.type === 'structure') return [...input.props.keys()];
  if (input.type === 'table') return input.columns;
  if (input.type === 'array') return input.items.flatMap((i) => (i.type === 'structure' ? [...i.props.keys()] : []));
  return [];
}

/**
 * Journal warnings about the input's names: properties (or batch columns) that are no parameter of
 * the operation, and parameters spelled in another case than the catalog's.
 */
export function parameterWarnings(op: OperationSpec, input: XdtoValue): string[] {
  if (!op.params) return [];
  const known = canonicalNames(op);
  const warnings: string[] = [];
  for (const name of new Set(givenNames(input))) {
    const canonical = known.get(name.toLowerCase());
    if (canonical === undefined) warnings.push(`unknown parameter ${name} ignored`);
    else if (!spellingsOf(op.params.find((p) => p.name === canonical)!).includes(name)) warnings.push(`parameter ${canonical} received as ${name}`);
  }
  return warnings;
}
