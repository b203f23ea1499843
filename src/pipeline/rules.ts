import type { OperationSpec, ParamSpec } from '../catalog/types.js';
import { isNightInMoscow } from '../time/moscow-time.js';
import type { CallContext } from './call-context.js';
import type { ConvertedParams } from './convert-params.js';
import { ApiError } from './outcome.js';

const DAY_MS = 86_400_000;
const LATER_START = 'начало периода позже его окончания';

/**
 * Step 4 of spec 2, rules across parameters. The daytime period limit: in the day window the
 * period [from, to or now] may not be longer than N days; at night there is no limit.
 */
export function checkCrossParameterRules(op: OperationSpec, converted: ConvertedParams, ctx: CallContext): void {
  checkPairsAndDates(op.params ?? [], converted, ctx);
  checkPeriod(op, converted, ctx);
}

function checkPairsAndDates(specs: readonly ParamSpec[], converted: ConvertedParams, ctx: CallContext): void {
  const filled = (name: string) => {
    const v = converted.params[name];
    return v !== undefined && v !== '';
  };
  for (const spec of specs) {
    if (spec.pairedWith && !filled(spec.name) && filled(spec.pairedWith)) throw new ApiError('EMPTY_PARAM', spec.name);
    const value = converted.params[spec.name];
    const end = spec.rangeEnd === undefined ? undefined : converted.params[spec.rangeEnd];
    if (value instanceof Date && end instanceof Date && value.getTime() > end.getTime()) throw new ApiError('PARAM_NOT_CORRECT', `${spec.name}: ${LATER_START}`);
    if (spec.future && value instanceof Date && value.getTime() <= ctx.now.getTime()) {
      throw new ApiError('PARAM_NOT_CORRECT', `${spec.name}: дата должна быть больше текущей даты`);
    }
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

/** Step 5 of spec 2: the object exists and is visible, but only its owner may change it. */
export function checkAccess(specs: readonly ParamSpec[], converted: ConvertedParams): void {
  for (const spec of specs) {
    if (!spec.ownOnly) continue;
    const target = converted.refs.get(spec.name);
    if (target && !target.own) throw new ApiError('ACCESS_ERROR', spec.name);
  }
}
