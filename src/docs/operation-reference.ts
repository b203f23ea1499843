/** The operation reference, read from the catalogs: one model, rendered as Markdown here and as HTML by the dashboard. */

import type { ColumnSpec, ColumnType, OperationSpec, ParamSpec, ResultShape } from '../catalog/types.js';
import type { ServiceDefinition } from '../pipeline/service.js';

export interface ParamRow {
  /** Nested fields are written `Parent.Field`. */
  name: string;
  type: string;
  required: string;
  mayBeEmpty: boolean;
  /** Length, range, enum, reference kind, aliases and the other checks, as short phrases. */
  checks: string[];
}

export interface OperationEntry {
  service: string;
  name: string;
  section: string;
  params: ParamRow[] | undefined;
  result: { kind: ResultShape['kind'] | 'unknown'; columns: { name: string; type: string }[] };
  limits: { day?: number; night?: number; batchSize?: number; periodDays?: number };
  notes: string[];
}

export function operationEntries(services: readonly ServiceDefinition[]): OperationEntry[] {
  return services.flatMap((service) => [...service.catalog.values()].map(entryOf));
}

function entryOf(op: OperationSpec): OperationEntry {
  const notes: string[] = [];
  if (op.subscription) notes.push(`needs the ${op.subscription} subscription`);
  if (op.period) notes.push(`period ${op.period.from}${op.period.to ? `–${op.period.to}` : ' – now'}`);
  if (op.period?.daysWithoutExtendedFeatures) notes.push(`${op.period.daysWithoutExtendedFeatures} days without extendedFeatures`);
  return {
    service: op.service,
    name: op.name,
    section: op.section,
    params: op.params && flattenParams(op.params, ''),
    result: resultOf(op.result),
    limits: { day: op.limits.dayPerHour, night: op.limits.nightPerHour, batchSize: op.limits.batchSize, periodDays: op.limits.periodDays },
    notes,
  };
}

function flattenParams(params: readonly ParamSpec[], prefix: string): ParamRow[] {
  return params.flatMap((p) => [
    {
      name: prefix + p.name,
      type: p.type,
      required: p.required ? 'yes' : p.requiredByDay ? 'by day' : 'no',
      mayBeEmpty: p.allowEmpty === true,
      checks: checksOf(p),
    },
    ...(p.fields ? flattenParams(p.fields, `${prefix}${p.name}.`) : []),
  ]);
}

function checksOf(p: ParamSpec): string[] {
  const checks: string[] = [];
  if (p.maxLength !== undefined) checks.push(`length ≤ ${p.maxLength}${p.truncate ? ' (cut)' : ''}`);
  if (p.min !== undefined || p.max !== undefined) checks.push(`range ${p.min ?? '…'}..${p.max ?? '…'}`);
  if (p.integer) checks.push('whole number');
  if (p.enum) checks.push(`one of ${p.enum.join(', ')}`);
  if (p.email) checks.push(p.email === 'list' ? 'e-mail list' : 'e-mail');
  if (p.pattern) checks.push(`matches ${p.pattern.source}`);
  if (p.ref) checks.push(`ref ${p.ref}`);
  if (p.ownOnly) checks.push('own object only');
  if (p.notDeleted) checks.push('not deleted');
  if (p.sameClientAs) checks.push(`same client as ${p.sameClientAs}`);
  if (p.serverTimeZone) checks.push('server zone (GMT+3)');
  if (p.timeOfDay) checks.push('time of day');
  if (p.notBeforeMonths !== undefined) checks.push(`not before ${p.notBeforeMonths} months ago`);
  if (p.future) checks.push('in the future');
  if (p.before) checks.push(`before ${p.before}`);
  if (p.rangeEnd) checks.push(`not after ${p.rangeEnd}`);
  if (p.pairedWith) checks.push(`paired with ${p.pairedWith}`);
  if (p.md5Of) checks.push(`MD5 of ${p.md5Of}`);
  if (p.servedOn) checks.push(`served on ${p.servedOn}`);
  if (p.onlyOnOwn) checks.push(`only on own ${p.onlyOnOwn.object}${p.onlyOnOwn.values ? ` (${p.onlyOnOwn.values.join(', ')})` : ''}`);
  if (p.maxRows !== undefined) checks.push(`≤ ${p.maxRows} rows`);
  if (p.aliases?.length) checks.push(`also ${p.aliases.join(', ')}`);
  return checks;
}

function resultOf(result: ResultShape | undefined): OperationEntry['result'] {
  if (!result) return { kind: 'unknown', columns: [] };
  const columns = result.kind === 'table' ? result.columns : result.kind === 'structure' ? result.fields : [];
  return { kind: result.kind, columns: flattenColumns(columns, '') };
}

function flattenColumns(columns: readonly ColumnSpec[], prefix: string): { name: string; type: string }[] {
  return columns.flatMap((c) => [
    { name: prefix + c.name, type: oneCType(c.type) },
    ...(c.type.kind === 'structure' ? flattenColumns(c.type.fields, `${prefix}${c.name}.`) : []),
  ]);
}

/** The 1C type of a result column, as the spec words it. */
export function oneCType(type: ColumnType): string {
  switch (type.kind) {
    case 'id':
      return 'УникальныйИдентификатор';
    case 'string':
      return type.length ? `Строка(${type.length})` : 'Строка';
    case 'number':
      return `Число(${type.digits}${type.fraction ? `, ${type.fraction}` : ''})${type.nonNegative ? ' ≥ 0' : ''}`;
    case 'boolean':
      return 'Булево';
    case 'date':
      return 'Дата';
    case 'dateTime':
      return type.timeOfDay ? 'Время' : type.serverTimeZone ? 'ДатаВремя (GMT+3)' : 'ДатаВремя';
    case 'base64':
      return 'ДвоичныеДанные';
    case 'untyped':
      return 'Произвольный';
    case 'structure':
      return 'Структура';
  }
}

const cell = (text: string | number | undefined) => (text === undefined || text === '' ? '—' : String(text).replace(/\|/g, '\\|'));

export function limitsLine(l: OperationEntry['limits']): string {
  const parts = [`per hour: day ${l.day ?? '—'}, night ${l.night ?? '—'}`];
  if (l.batchSize !== undefined) parts.push(`batch ${l.batchSize} rows`);
  if (l.periodDays !== undefined) parts.push(`daytime period ≤ ${l.periodDays} days`);
  return parts.join('; ');
}

/** docs/operations.md */
export function operationReferenceMarkdown(services: readonly ServiceDefinition[]): string {
  const entries = operationEntries(services);
  const lines = ['# Operation reference', '', 'Generated from the operation catalogs by `npm run docs`; do not edit.', ''];
  for (const service of services) {
    const own = entries.filter((e) => e.service === service.name);
    lines.push(`## ${service.name} (${own.length} operations)`, '', own.map((e) => `[${e.name}](#${e.name.toLowerCase()})`).join(' · '), '');
    for (const e of own) {
      lines.push(`### ${e.name}`, '', `Spec section ${e.section}. Limits ${limitsLine(e.limits)}.${e.notes.length ? ` ${e.notes.join('; ')}.` : ''}`, '');
      if (!e.params) lines.push('Parameters: not catalogued.', '');
      else if (e.params.length === 0) lines.push('Parameters: none.', '');
      else {
        lines.push('| parameter | type | required | may be empty | checks |', '|---|---|---|---|---|');
        for (const p of e.params) lines.push(`| ${cell(p.name)} | ${p.type} | ${p.required} | ${p.mayBeEmpty ? 'yes' : 'no'} | ${cell(p.checks.join('; '))} |`);
        lines.push('');
      }
      if (e.result.columns.length === 0) lines.push(`Result: ${e.result.kind}.`, '');
      else {
        lines.push(`Result (${e.result.kind}):`, '', '| column | 1C type |', '|---|---|');
        for (const c of e.result.columns) lines.push(`| ${cell(c.name)} | ${cell(c.type)} |`);
        lines.push('');
      }
    }
  }
  return lines.join('\n');
}
