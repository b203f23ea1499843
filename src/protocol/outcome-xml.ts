import type { Outcome, OutcomeData } from '../pipeline/outcome.js';
import { col } from '../xml/value-type.js';
import { NIL_VALUE, resultStructure, stringValue, structureValue, tableValue } from '../xml/xdto-write.js';

const BATCH_COLUMNS = [col.string('ResultCode', 0), col.untyped('ResultData')];

/** ResultData as a core Value element. */
export function resultDataXml(data: OutcomeData): string {
  switch (data.kind) {
    case 'nil':
      return NIL_VALUE;
    case 'string':
      return stringValue(data.text);
    case 'table':
      return tableValue(data.columns, data.rows);
    case 'structure':
      return structureValue(data.fields, data.values);
    case 'batch':
      return batchTableXml(data.rows);
    case 'flag':
      return `<Value xsi:type="xs:boolean">${data.value}</Value>`;
    case 'binary':
      return `<Value xsi:type="xs:base64Binary">${data.bytes.toString('base64')}</Value>`;
  }
}

/** Batch ResultData: a ValueTable (ResultCode, ResultData), one row per input row. */
function batchTableXml(rows: readonly Outcome[]): string {
  const header = tableValue(BATCH_COLUMNS, []).slice(0, -'</Value>'.length);
  const body = rows.map((r) => `<row>${stringValue(r.code)}${resultDataXml(r.data)}</row>`).join('');
  return `${header}${body}</Value>`;
}

/** The content of `return` for the Structure protocol: ResultCode first, ResultData second. */
export function outcomeXml(outcome: Outcome): string {
  return resultStructure(outcome.code, resultDataXml(outcome.data));
}
