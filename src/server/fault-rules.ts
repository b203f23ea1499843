import { createHash } from 'node:crypto';
import type { ResultCode } from '../pipeline/outcome.js';

export const FAULT_MODES = ['latency', 'resultCode', 'soapFault', 'http500', 'maintenance', 'auth', 'drop'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/** One rule of injected failures for an account's calls of one operation (or of every one, `*`). */
export interface FaultRule {
  operation: string;
  mode: FaultMode;
  /** Calls the rule still answers; it is gone after the last. Every call while absent. */
  times?: number;
  /** Chance (0–1) that a call the rule matches is faulted, drawn from a seeded generator. */
  probability?: number;
  /** `latency`: how much later the answer comes. */
  latencyMs?: number;
  /** `resultCode`: the ResultCode answered (UNCLASSIFIED_ERROR unless given). */
  resultCode?: Exclude<ResultCode, 'SUCCESS'>;
}

const CODES: readonly string[] = [
  'ACCESS_ERROR', 'AVAILABLE_BY_SUBSCRIPTION', 'EMPTY_PARAM', 'EXCEEDED_THE_NUMBER', 'OUT_OF_LIMIT', 'PARAMETER_IS_INVALID',
  'PARAM_NOT_CORRECT', 'PARAM_NOT_EXIST', 'PERIOD_EXCEEDED', 'STRUCTURE_IS_INVALID', 'TABLE_SIZE_LIMIT_EXCEEDED',
  'TABLE_STRUCTURE_IS_INVALID', 'TYPE_MISMATCH', 'UID_NOT_CORRECT', 'UNCLASSIFIED_ERROR', 'VALUE_IS_NOT_VALID',
] satisfies Exclude<ResultCode, 'SUCCESS'>[];

export const FAULT_RULES_BODY =
  'expected [{"operation": "<name>" | "*", "mode": "latency" | "resultCode" | "soapFault" | "http500" | "maintenance" | "auth" | "drop", "times"?: <whole number ≥ 1>, "probability"?: <0–1>, "latencyMs"?: <0–60000>, "resultCode"?: "<ResultCode>"}] (or {"rules": [...]})';

/** The rules of a request body, or the reason they are refused. */
export function parseFaultRules(body: unknown): FaultRule[] | string {
  const list = Array.isArray(body) ? body : typeof body === 'object' && body !== null && Array.isArray((body as { rules?: unknown }).rules) ? (body as { rules: unknown[] }).rules : undefined;
  if (!list || list.length > 100) return FAULT_RULES_BODY;
  const rules: FaultRule[] = [];
  for (const [i, item] of list.entries()) {
    const r = item as Record<string, unknown>;
    const bad = (what: string) => `rule ${i}: ${what}`;
    if (typeof r !== 'object' || r === null) return bad('expected an object');
    const unknown = Object.keys(r).filter((k) => !['operation', 'mode', 'times', 'probability', 'latencyMs', 'resultCode'].includes(k));
    if (unknown.length > 0) return bad(`unknown field ${unknown[0]}`);
    if (typeof r.operation !== 'string' || r.operation === '' || r.operation.length > 200) return bad('operation expects an operation name or "*"');
    if (!FAULT_MODES.includes(r.mode as FaultMode)) return bad(`mode expects one of ${FAULT_MODES.join(', ')}`);
    if (r.times !== undefined && !(Number.isSafeInteger(r.times) && (r.times as number) >= 1)) return bad('times expects a whole number ≥ 1');
    if (r.probability !== undefined && !(typeof r.probability === 'number' && r.probability >= 0 && r.probability <= 1)) return bad('probability expects a number from 0 to 1');
    if (r.latencyMs !== undefined && !(Number.isSafeInteger(r.latencyMs) && (r.latencyMs as number) >= 0 && (r.latencyMs as number) <= 60_000)) return bad('latencyMs expects a whole number from 0 to 60000');
    if (r.mode === 'latency' && r.latencyMs === undefined) return bad('mode latency needs latencyMs');
    if (r.resultCode !== undefined && (r.mode !== 'resultCode' || !CODES.includes(r.resultCode as string))) return bad('resultCode expects a ResultCode other than SUCCESS, with mode resultCode');
    rules.push(r as unknown as FaultRule);
  }
  return rules;
}

/**
 * Injected failures per account. The first rule that matches a call and whose draw succeeds answers
 * it; `times` counts down; draws come from a generator seeded by the server's seed and the login, so
 * a run repeats.
 */
export class FaultRules {
  private readonly rules = new Map<string, { rules: FaultRule[]; random: () => number }>();

  constructor(private readonly seed: number) {}

  set(account: string, rules: readonly FaultRule[]): void {
    if (rules.length === 0) return this.clear(account);
    this.rules.set(account, { rules: rules.map((r) => ({ ...r })), random: seededRandom(this.seed, account) });
  }

  list(account: string): FaultRule[] {
    return (this.rules.get(account)?.rules ?? []).map((r) => ({ ...r }));
  }

  clear(account: string): void {
    this.rules.delete(account);
  }

  /** The rule that answers this call, if any (counting it down). */
  pick(account: string, operation: string): FaultRule | undefined {
    const entry = this.rules.get(account);
    if (!entry) return undefined;
    const index = entry.rules.findIndex(
      (r) => (r.operation === '*' || r.operation.toLowerCase() === operation.toLowerCase()) && (r.probability === undefined || entry.random() < r.probability),
    );
    if (index < 0) return undefined;
    const rule = entry.rules[index];
    if (rule.times !== undefined && --rule.times === 0) entry.rules.splice(index, 1);
    if (entry.rules.length === 0) this.rules.delete(account);
    return { ...rule };
  }
}

/** mulberry32 seeded from the seed and the login. */
function seededRandom(seed: number, account: string): () => number {
  let state = createHash('sha256').update(`${seed}:${account}`).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
