import type { OperationSpec } from '../catalog/types.js';
import type { XdtoValue } from '../xml/xdto-value.js';

export interface JournalEntry {
  at: string;
  service: string;
  operation: string;
  /** A ResultCode, or FAULT for a SOAP Fault. */
  result: string;
  /** What the call got away with: parameters the operation does not know (spec 1 promises they are ignored). */
  warnings: string[];
}

const KEPT_PER_ACCOUNT = 500;

/** The latest calls of each API account, newest last; kept in memory, like the live service's API log. */
export class CallJournal {
  private readonly entries = new Map<string, JournalEntry[]>();

  record(account: string, entry: JournalEntry): void {
    let list = this.entries.get(account);
    if (!list) this.entries.set(account, (list = []));
    list.push(entry);
    if (list.length > KEPT_PER_ACCOUNT) list.splice(0, list.length - KEPT_PER_ACCOUNT);
  }

  /** Newest first. */
  latest(account: string, limit = 50): JournalEntry[] {
    return (this.entries.get(account) ?? []).slice(-limit).reverse();
  }

  reset(account: string): void {
    this.entries.delete(account);
  }
}

const knownNamesCache = new WeakMap<OperationSpec, ReadonlySet<string>>();

function knownNames(op: OperationSpec): ReadonlySet<string> {
  let names = knownNamesCache.get(op);
  if (!names) knownNamesCache.set(op, (names = new Set((op.params ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]))));
  return names;
}

/** Input properties (or batch columns) that are neither a parameter of the operation nor one of its aliases. */
export function unknownParameters(op: OperationSpec, input: XdtoValue): string[] {
  if (!op.params) return [];
  const known = knownNames(op);
  const given =
    input.type === 'structure'
      ? [...input.props.keys()]
      : input.type === 'table'
        ? input.columns
        : input.type === 'array'
          ? input.items.flatMap((i) => (i.type === 'structure' ? [...i.props.keys()] : []))
          : [];
  return [...new Set(given.filter((name) => !known.has(name)))].map((name) => `unknown parameter ${name} ignored`);
}
