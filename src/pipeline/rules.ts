import type { OperationSpec, ParamSpec } from '../catalog/types.js';
import { isNightInMoscow } from '../time/moscow-time.js';
import type { CallContext, Params } from './call-context.js';
import type { ConvertedParams } from './convert-params.js';
import { md5Hex } from '../activity/files.js';
import { isServedOn } from '../store/support-lines.js';
import { ApiError } from './outcome.js';

const DAY_MS = 86_400_000;
const LATER_START = 'начало периода позже его окончания';

/**
 * Step 4 of spec 2, rules across parameters: related parameters (below), then the daytime period
 * limit: in the day window the period [from, to or now] may not be longer than N days; at night there is no limit.
 */
export function checkCrossParameterRules(op: OperationSpec, converted: ConvertedParams, ctx: CallContext): void {
  checkRelatedParameters(op.params ?? [], converted, ctx);
  checkSameClient(op.params ?? [], converted);
  checkPeriod(op, converted, ctx);
}

/**
 * `pairedWith` (both filled or both empty), `md5Of` (a checksum of another parameter), `servedOn`
 * (a person served on a line), `rangeEnd` (a start not after its end) and `future` (after now), also in each row of a table.
 */
function checkRelatedParameters(specs: readonly ParamSpec[], converted: ConvertedParams, ctx: CallContext, where = ''): void {
  const filled = (name: string) => {
    const v = converted.params[name];
    return v !== undefined && v !== '';
  };
  for (const spec of specs) {
    const person = converted.params[spec.name];
    const line = spec.servedOn ? converted.params[spec.servedOn] : undefined;
    if (typeof person === 'string' && typeof line === 'string' && person !== '' && line !== '' && !isServedOn(ctx, person, line)) {
      throw new ApiError('PARAM_NOT_CORRECT', `${spec.servedOn}${where}: линия поддержки не подключена пользователю ${spec.name}`);
    }
    if (spec.pairedWith && filled(spec.name) !== filled(spec.pairedWith)) {
      throw new ApiError('EMPTY_PARAM', filled(spec.name) ? spec.pairedWith : spec.name);
    }
    const content = spec.md5Of ? converted.params[spec.md5Of] : undefined;
    const checksum = converted.params[spec.name];
    if (Buffer.isBuffer(content) && typeof checksum === 'string' && md5Hex(content) !== checksum.trim().toLowerCase()) {
      throw new ApiError('VALUE_IS_NOT_VALID', spec.name);
    }
    const value = converted.params[spec.name];
    const end = spec.rangeEnd === undefined ? undefined : converted.params[spec.rangeEnd];
    if (value instanceof Date && end instanceof Date && value.getTime() > end.getTime()) throw new ApiError('PARAM_NOT_CORRECT', `${spec.name}: ${LATER_START}`);
    if (spec.future && value instanceof Date && value.getTime() <= ctx.now.getTime()) {
      throw new ApiError('PARAM_NOT_CORRECT', `${spec.name}: дата должна быть больше текущей даты`);
    }
    (converted.tables?.get(spec.name) ?? []).forEach((row, i) => checkRelatedParameters(spec.fields ?? [], row, ctx, ` (${spec.name}, строка ${i + 1})`));
  }
}

function checkPeriod(op: OperationSpec, converted: ConvertedParams, ctx: CallContext): void {
  const { period, limits } = op;
  if (!period) return;
  const from = converted.params[period.from];
  const to = period.to === undefined ? undefined : converted.params[period.to];
  const fromTime = from instanceof Date ? from.getTime() : undefined;
  const toTime = to instanceof Date ? to.getTime() : ctx.now.getTime();
  if (fromTime === undefined) return;
  if (to instanceof Date && fromTime > toTime) throw new ApiError('PARAM_NOT_CORRECT', `${period.from}: ${LATER_START}`);
  const days =
    period.daysWithoutExtendedFeatures !== undefined && !ctx.account.subscriptions.extendedFeatures ? period.daysWithoutExtendedFeatures : limits.periodDays;
  if (days === undefined || isNightInMoscow(ctx.now)) return;
  if (toTime - fromTime > days * DAY_MS) throw new ApiError('PERIOD_EXCEEDED', period.from);
}

/** A child object (a client's department, user) given beside its client or sibling must belong to the same client. */
function checkSameClient(specs: readonly ParamSpec[], converted: ConvertedParams): void {
  for (const spec of specs) {
    if (!spec.sameClientAs) continue;
    const target = converted.refs.get(spec.name);
    const other = converted.refs.get(spec.sameClientAs);
    if (target && other && target.client !== other.client) throw new ApiError('UID_NOT_CORRECT', spec.name);
  }
}

/** Step 5 of spec 2: the object exists and is visible, but only its owner may change it (or some of its fields, or set some values); also in table rows. */
export function checkAccess(specs: readonly ParamSpec[], converted: ConvertedParams): void {
  for (const spec of specs) {
    for (const row of converted.tables?.get(spec.name) ?? []) checkAccess(spec.fields ?? [], row);
    const rule = spec.onlyOnOwn ?? (spec.ownOnly ? { object: spec.name } : undefined);
    const value = converted.params[spec.name];
    if (!rule || value === undefined || converted.refs.get(rule.object)?.own !== false) continue;
    if (!rule.values) throw new ApiError('ACCESS_ERROR', spec.name);
    if (rule.values.includes(value as string)) throw new ApiError('VALUE_IS_NOT_VALID', spec.name);
  }
}

/** `before` rules among converted parameters (or structure fields): both filled and not earlier → PARAM_NOT_CORRECT. */
export function checkOrder(specs: readonly ParamSpec[], params: Params): void {
  for (const spec of specs) {
    if (!spec.before) continue;
    const a = params[spec.name];
    const b = params[spec.before];
    if (a === undefined || b === undefined || a === '' || b === '') continue;
    const earlier = a instanceof Date && b instanceof Date ? a.getTime() < b.getTime() : String(a) < String(b);
    if (!earlier) throw new ApiError('PARAM_NOT_CORRECT', `${spec.name}: значение должно быть меньше ${spec.before}`);
  }
}
