import type { OperationSpec } from '../catalog/types.js';
import type { XdtoValue } from '../xml/xdto-value.js';
import { spellingsOf } from './param-names.js';

export interface JournalEntry {
  /** Increasing number of the entry within the server's run. */
  id: number;
  /** The account's virtual time of the call. */
  at: string;
  /** The real time of the call. */
  realAt: string;
  service: string;
  operation: string;
  soapVersion: '1.1' | '1.2';
  /** A ResultCode; FAULT for a SOAP Fault; `HTTP <status>` for an answer without an envelope; DROPPED. */
  result: string;
  /** Why the call was refused: ResultData of a refusal (the parameter at fault), or the Fault's text. */
  resultData?: string;
  httpStatus: number;
  durationMs: number;
  /** What the call got away with: unknown parameters (ignored, spec 1), names spelled in another case. */
  warnings: string[];
  /** The injected fault that answered the call, by its mode. */
  fault?: string;
  /** The request and the response XML, each cut at the journal's `xmlBytes`. */
  request: string;
  response: string;
}

export type JournalInput = Omit<JournalEntry, 'id'>;

export interface JournalFilter {
  operation?: string;
  result?: string;
  /** Entries from this real instant on. */
  since?: Date;
  limit?: number;
}

/** Bounds of what one account's journal keeps: the newest entries that fit both. */
export const JOURNAL_LIMITS = {
  entries: 500,
  bytes: 1024 * 1024,
  /** Warnings kept per entry; the rest are counted in one more line. */
  warningsPerEntry: 20,
  /** Longest text kept of one warning (a parameter name may be megabytes long). */
  warningLength: 200,
  /** Bytes kept of each request and response XML. */
  xmlBytes: 64 * 1024,
} as const;

export type JournalLimits = { entries: number; bytes: number; xmlBytes: number };

interface Kept {
  entry: JournalEntry;
  bytes: number;
}

/** The latest calls of each API account, newest last; kept in memory, like the live service's API log. */
export class CallJournal {
  private readonly entries = new Map<string, { list: Kept[]; bytes: number }>();
  private readonly limits: JournalLimits;
  private nextId = 1;

  constructor(limits: Partial<JournalLimits> = {}) {
    this.limits = { entries: JOURNAL_LIMITS.entries, bytes: JOURNAL_LIMITS.bytes, xmlBytes: JOURNAL_LIMITS.xmlBytes, ...limits };
  }

  record(account: string, entry: JournalInput): void {
    let journal = this.entries.get(account);
    if (!journal) this.entries.set(account, (journal = { list: [], bytes: 0 }));
    const request = cutXml(entry.request, this.limits.xmlBytes);
    const response = cutXml(entry.response, this.limits.xmlBytes);
    const resultData = entry.resultData === undefined ? undefined : cut(entry.resultData);
    const bounded: JournalEntry = { id: this.nextId++, ...entry, operation: cut(entry.operation), resultData, warnings: boundWarnings(entry.warnings), request: '', response: '' };
    const bytes = Buffer.byteLength(JSON.stringify(bounded)) + Buffer.byteLength(request) + Buffer.byteLength(response);
    bounded.request = request;
    bounded.response = response;
    journal.list.push({ entry: bounded, bytes });
    journal.bytes += bytes;
    while (journal.list.length > this.limits.entries || journal.bytes > this.limits.bytes) {
      journal.bytes -= journal.list.shift()!.bytes;
    }
  }

  /** Newest first. */
  latest(account: string, limit = 50): JournalEntry[] {
    return this.find(account, { limit });
  }

  /** Newest first, those that match every filter given. */
  find(account: string, { operation, result, since, limit = 50 }: JournalFilter): JournalEntry[] {
    const list = this.entries.get(account)?.list ?? [];
    const found: JournalEntry[] = [];
    for (let i = list.length - 1; i >= 0 && found.length < limit; i--) {
      const e = list[i].entry;
      if (since && Date.parse(e.realAt) < since.getTime()) break;
      if ((operation === undefined || e.operation === operation) && (result === undefined || e.result === result)) found.push(e);
    }
    return found;
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

/** The XML up to `max` bytes, with a marker saying how much is left out. */
function cutXml(xml: string, max: number): string {
  if (xml.length * 3 <= max) return xml;
  const bytes = Buffer.from(xml, 'utf8');
  if (bytes.length <= max) return xml;
  const kept = bytes.subarray(0, max).toString('utf8').replace(/\uFFFD+$/, '');
  return `${kept}…[cut: ${bytes.length - Buffer.byteLength(kept)} more bytes]`;
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
