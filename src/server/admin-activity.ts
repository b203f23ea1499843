import type { Router } from 'express';
import type { MockRuntime } from '../runtime.js';
import { stmt } from '../store/statements.js';
import { knownLogin, refuse } from './admin-http.js';
import { FAULT_RULES_BODY, parseFaultRules } from './fault-rules.js';

const OUTBOX_KINDS = ['welcome-email', 'notification', 'chat-file'];

/** What happened to an account: its call journal, its outbox; and the failures injected into its calls. */
export function activityRoutes(router: Router, runtime: MockRuntime): void {
  router.get('/accounts/:login/journal', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const limit = wholeNumber(req.query.limit, 50);
    if (limit === undefined || limit < 1 || limit > 500) return refuse(res, 400, 'limit expects a whole number from 1 to 500');
    const since = req.query.since === undefined ? undefined : new Date(String(req.query.since));
    if (since && Number.isNaN(since.getTime())) return refuse(res, 400, 'since expects an ISO 8601 instant (the real time of a call)');
    const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    res.json({ login, calls: runtime.journal.find(login, { operation: text('operation'), result: text('resultCode'), since, limit }) });
  });

  router.get('/accounts/:login/outbox', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const limit = wholeNumber(req.query.limit, 50);
    if (limit === undefined || limit < 1 || limit > 1000) return refuse(res, 400, 'limit expects a whole number from 1 to 1000');
    const kind = req.query.kind;
    if (kind !== undefined && !OUTBOX_KINDS.includes(String(kind))) return refuse(res, 400, `kind expects one of ${OUTBOX_KINDS.join(', ')}`);
    const rows = stmt(
      runtime.db,
      'SELECT id, kind, operation, recipient, summary, details, created_at FROM outbox WHERE account = ? AND (? IS NULL OR kind = ?) ORDER BY created_at DESC, rowid DESC LIMIT ?',
    ).all(login, kind ?? null, kind ?? null, limit) as { id: string; kind: string; operation: string; recipient: string; summary: string; details: string; created_at: string }[];
    res.json({
      login,
      items: rows.map(({ details, created_at, ...row }) => ({ ...row, details: JSON.parse(details) as unknown, createdAt: created_at })),
    });
  });

  router.get('/accounts/:login/faults', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (login) res.json({ login, rules: runtime.faults.list(login) });
  });

  router.put('/accounts/:login/faults', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    const rules = parseFaultRules(req.body);
    if (typeof rules === 'string') return refuse(res, 400, rules === FAULT_RULES_BODY ? rules : `${rules}; ${FAULT_RULES_BODY}`);
    runtime.faults.set(login, rules);
    res.json({ login, rules: runtime.faults.list(login) });
  });

  router.delete('/accounts/:login/faults', (req, res) => {
    const login = knownLogin(runtime, req, res);
    if (!login) return;
    runtime.faults.clear(login);
    res.json({ login, rules: [] });
  });
}

function wholeNumber(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}
