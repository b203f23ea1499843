import type { OperationSpec } from '../catalog/types.js';
import type { Db } from '../store/database.js';
import type { AccountClocks } from '../time/account-clock.js';
import type { XdtoStructure, XdtoValue } from '../xml/xdto-value.js';
import { splitBatch } from './batch.js';
import { SUBSCRIPTION_NAMES, type Account, type Subscriptions, type CallContext, type Handler } from './call-context.js';
import { convertParams } from './convert-params.js';
import { HourlyLimits } from './hourly-limits.js';
import { ApiError, failure, NOT_IMPLEMENTED, type Outcome } from './outcome.js';
import { ReadCache } from './read-cache.js';
import { toResultData } from './result-stage.js';
import { checkAccess, checkCrossParameterRules } from './rules.js';
import type { ServiceDefinition } from './service.js';

export interface PipelineDeps {
  db: Db;
  limits: HourlyLimits;
  clocks: AccountClocks;
}

/**
 * One call of one operation, in the order of spec 002 section 2 (authentication happened at the
 * edge): hourly limit → parameter conversion and checks → cross-parameter rules → access →
 * execute → result. The first error found is the answer.
 */
export function runOperation(
  deps: PipelineDeps,
  service: ServiceDefinition,
  op: OperationSpec,
  account: Account,
  params: XdtoValue,
  baseUrl = 'http://127.0.0.1',
): Outcome {
  const ctx: CallContext = { db: deps.db, account, now: deps.clocks.now(account.login), baseUrl };
  if (!deps.limits.consume(account.login, op.name, op.limits, ctx.now)) return outOfLimit(deps, ctx, op);
  const handler = service.handlers[op.name];
  if (!handler || !op.params) return failure('UNCLASSIFIED_ERROR', NOT_IMPLEMENTED);
  if (op.subscription && !account.subscriptions[op.subscription]) return notSubscribed(op.name, op.subscription);
  if (params.type === 'structure') {
    const run = () => runInTransaction(deps.db, () => execute(op, handler, ctx, params));
    return op.cacheable ? readCache(deps.db).answer(op, account, params, run) : run();
  }
  if (op.limits.batchSize === undefined) return failure('TYPE_MISMATCH', 'Params');
  return runBatch(deps, op, handler, ctx, params);
}

function execute(op: OperationSpec, handler: Handler, ctx: CallContext, input: XdtoStructure): Outcome {
  const converted = convertParams(op.params ?? [], input, ctx);
  checkCrossParameterRules(op, converted, ctx);
  checkAccess(op.params ?? [], converted);
  const result = handler(ctx, converted.params);
  return { code: 'SUCCESS', data: toResultData(op.result, result, ctx.account.tzOffsetMinutes) };
}

const readCaches = new WeakMap<Db, ReadCache>();

function readCache(db: Db): ReadCache {
  let cache = readCaches.get(db);
  if (!cache) readCaches.set(db, (cache = new ReadCache(db)));
  return cache;
}

const runners = new WeakMap<Db, (body: () => Outcome) => Outcome>();

/** A call (or a batch row) changes the store completely or not at all; nested calls become savepoints. */
function runInTransaction(db: Db, body: () => Outcome): Outcome {
  let run = runners.get(db);
  if (!run) runners.set(db, (run = db.transaction((f: () => Outcome) => f())));
  try {
    return run(body);
  } catch (e) {
    if (e instanceof ApiError) return failure(e.code, e.detail);
    throw e;
  }
}

/** Spec 1: rows are processed one by one, each on its own; each row after the first is one more call. */
function runBatch(deps: PipelineDeps, op: OperationSpec, handler: Handler, ctx: CallContext, params: XdtoValue): Outcome {
  const split = splitBatch(op, params);
  if ('code' in split) return split;
  const outcomes = deps.db.transaction(() =>
    split.rows.map((row, i) =>
      i > 0 && !deps.limits.consume(ctx.account.login, op.name, op.limits, ctx.now)
        ? outOfLimit(deps, ctx, op)
        : runInTransaction(deps.db, () => execute(op, handler, ctx, row)),
    ),
  )();
  return { code: 'SUCCESS', data: { kind: 'batch', rows: outcomes } };
}

/** The operation as a whole is unavailable without its subscription, whatever the parameters. */
function notSubscribed(operation: string, subscription: keyof Subscriptions): Outcome {
  return failure('AVAILABLE_BY_SUBSCRIPTION', `Операция ${operation} доступна по подписке «${SUBSCRIPTION_NAMES[subscription]}»`);
}

function outOfLimit(deps: PipelineDeps, ctx: CallContext, op: OperationSpec): Outcome {
  const limit = deps.limits.limitOf(ctx.account.login, op.name, op.limits, ctx.now);
  return failure('OUT_OF_LIMIT', `Превышен лимит вызовов операции ${op.name}: ${limit} в час`);
}
