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

/** What the SOAP edge records: the XML as text or as the bytes it sent (a reused answer is bytes already). */
export type JournalInput = Omit<JournalEntry, 'id' | 'request' | 'response'> & { request: string | Buffer; response: string | Buffer };

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

/** An entry as kept: the XML as UTF-8 heads of at most `xmlBytes`, made text only when read. */
interface Kept {
  entry: Omit<JournalEntry, 'request' | 'response'>;
  request: XmlHead;
  response: XmlHead;
  bytes: number;
}

interface XmlHead {
  bytes: Buffer;
  /** Bytes left out of the XML. */
  cut: number;
}

/** A rough size of an entry's fields besides its XML, for the byte budget. */
const ENTRY_OVERHEAD_BYTES = 256;

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
    const request = xmlHead(entry.request, this.limits.xmlBytes);
    const response = xmlHead(entry.response, this.limits.xmlBytes);
    const resultData = entry.resultData === undefined ? undefined : cut(entry.resultData);
    const warnings = boundWarnings(entry.warnings);
    const { request: _request, response: _response, ...fields } = entry;
    const bounded = { id: this.nextId++, ...fields, operation: cut(entry.operation), resultData, warnings };
    const textBytes = warnings.reduce((n, w) => n + w.length * 3, (resultData?.length ?? 0) * 3 + bounded.operation.length * 3);
    const bytes = ENTRY_OVERHEAD_BYTES + textBytes + request.bytes.length + response.bytes.length;
    journal.list.push({ entry: bounded, request, response, bytes });
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
      const kept = list[i];
      const e = kept.entry;
      if (since && Date.parse(e.realAt) < since.getTime()) break;
      if ((operation === undefined || e.operation === operation) && (result === undefined || e.result === result)) {
        found.push({ ...e, request: xmlText(kept.request), response: xmlText(kept.response) });
      }
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

/**
 * The first `max` bytes of the XML. Bytes within the bound are kept as they are (a reused answer's
 * bytes are shared, not copied); a longer XML keeps a copy of its head, so the rest can go.
 */
function xmlHead(xml: string | Buffer, max: number): XmlHead {
  if (typeof xml !== 'string') return xml.length <= max ? { bytes: xml, cut: 0 } : { bytes: Buffer.from(xml.subarray(0, max)), cut: xml.length - max };
  if (xml.length * 3 <= max) return { bytes: Buffer.from(xml, 'utf8'), cut: 0 };
  const total = Buffer.byteLength(xml, 'utf8');
  if (total <= max) return { bytes: Buffer.from(xml, 'utf8'), cut: 0 };
  // Characters before bytes: a head of `max` characters holds at least `max` bytes.
  const head = Buffer.from(xml.slice(0, max), 'utf8').subarray(0, max);
  return { bytes: Buffer.from(head), cut: total - max };
}

/** The kept XML as text, with a marker saying how much is left out. */
function xmlText(head: XmlHead): string {
  if (head.cut === 0) return head.bytes.toString('utf8');
  const kept = head.bytes.toString('utf8').replace(/\uFFFD+$/, '');
  return `${kept}…[cut: ${head.cut + head.bytes.length - Buffer.byteLength(kept)} more bytes]`;
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
