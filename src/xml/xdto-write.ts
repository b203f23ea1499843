import type { ColumnSpec, ColumnType } from './value-type.js';

/** A cell or field as handed to the writer; dates are already formatted as YYYY-MM-DDThh:mm:ss. */
export type Scalar = string | number | boolean | null | undefined | readonly Scalar[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const NEEDS_ESCAPE = /[&<>"]/;

export function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c]) : text;
}

export const NIL_VALUE = '<Value xsi:nil="true"/>';

export function stringValue(text: string): string {
  return `<Value xsi:type="xs:string">${escapeXml(text)}</Value>`;
}

/** A Value element typed by the column's 1C type; null/undefined is Undefined (xsi:nil). */
export function typedValue(type: ColumnType, value: Scalar): string {
  if (value === null || value === undefined) return NIL_VALUE;
  switch (type.kind) {
    case 'number':
      return `<Value xsi:type="xs:decimal">${formatDecimal(Number(value))}</Value>`;
    case 'boolean':
      return `<Value xsi:type="xs:boolean">${value ? 'true' : 'false'}</Value>`;
    case 'date':
    case 'dateTime':
      return `<Value xsi:type="xs:dateTime">${escapeXml(String(value))}</Value>`;
    case 'base64':
      return `<Value xsi:type="xs:base64Binary">${String(value)}</Value>`;
    case 'untyped':
      return untypedValue(value);
    case 'structure':
      return structureValue(type.fields, value as readonly Scalar[]);
    default:
      return stringValue(String(value));
  }
}

function untypedValue(value: Exclude<Scalar, null | undefined>): string {
  if (typeof value === 'number') return `<Value xsi:type="xs:decimal">${formatDecimal(value)}</Value>`;
  if (typeof value === 'boolean') return `<Value xsi:type="xs:boolean">${value}</Value>`;
  return stringValue(String(value));
}

function formatDecimal(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const text = String(n);
  return text.includes('e') ? n.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(n)))) + 15)) : text;
}

const columnCache = new WeakMap<ColumnSpec, string>();

/** A ValueTable column with its TypeDescription, as the live service writes it. */
export function columnXml(column: ColumnSpec): string {
  let xml = columnCache.get(column);
  if (xml === undefined) {
    xml = `<column><Name>${column.name}</Name>${valueTypeXml(column.type)}</column>`;
    columnCache.set(column, xml);
  }
  return xml;
}

function stringQualifiers(length: number): string {
  return `<StringQualifiers><Length>${length}</Length><AllowedLength>Variable</AllowedLength></StringQualifiers>`;
}

function valueTypeXml(type: ColumnType): string {
  switch (type.kind) {
    case 'id':
      return `<ValueType><Type>xs:string</Type><Type>Null</Type>${stringQualifiers(0)}</ValueType>`;
    case 'string':
      return `<ValueType><Type>xs:string</Type>${stringQualifiers(type.length)}</ValueType>`;
    case 'number':
      return `<ValueType><Type>xs:decimal</Type><NumberQualifiers><Digits>${type.digits}</Digits><FractionDigits>${type.fraction ?? 0}</FractionDigits><AllowedSign>${type.nonNegative ? 'Nonnegative' : 'Any'}</AllowedSign></NumberQualifiers></ValueType>`;
    case 'boolean':
      return '<ValueType><Type>xs:boolean</Type></ValueType>';
    case 'date':
      return '<ValueType><Type>xs:dateTime</Type><DateQualifiers><DateFractions>Date</DateFractions></DateQualifiers></ValueType>';
    case 'dateTime':
      return '<ValueType><Type>xs:dateTime</Type><DateQualifiers><DateFractions>DateTime</DateFractions></DateQualifiers></ValueType>';
    case 'base64':
      return '<ValueType><Type>xs:base64Binary</Type><BinaryDataQualifiers><Length>0</Length><AllowedLength>Variable</AllowedLength></BinaryDataQualifiers></ValueType>';
    case 'untyped':
      return '<ValueType/>';
    case 'structure':
      return '<ValueType><Type>Structure</Type></ValueType>';
  }
}

/** A ValueTable Value: all columns first, then the rows, one Value per column in column order. */
export function tableValue(columns: readonly ColumnSpec[], rows: readonly (readonly Scalar[])[]): string {
  const parts: string[] = ['<Value xsi:type="ValueTable">'];
  for (const column of columns) parts.push(columnXml(column));
  for (const row of rows) {
    parts.push('<row>');
    for (let i = 0; i < columns.length; i++) parts.push(typedValue(columns[i].type, row[i]));
    parts.push('</row>');
  }
  parts.push('</Value>');
  return parts.join('');
}

/** A Structure Value with one Property per field, in field order. */
export function structureValue(fields: readonly ColumnSpec[], values: readonly Scalar[]): string {
  const props = fields.map((f, i) => `<Property name="${f.name}">${typedValue(f.type, values[i])}</Property>`);
  return `<Value xsi:type="Structure">${props.join('')}</Value>`;
}

/** The two-Property Structure every PartnerWebAPI2/BotAPI operation returns; resultData is a complete Value element. */
export function resultStructure(resultCode: string, resultDataValue: string): string {
  return (
    `<Property xmlns="http://v8.1c.ru/8.1/data/core" name="ResultCode">${stringValue(resultCode)}</Property>` +
    `<Property xmlns="http://v8.1c.ru/8.1/data/core" name="ResultData">${resultDataValue}</Property>`
  );
}
