import type { ParamInput } from './soap-client.js';

export type SoapVersion = '1.1' | '1.2';

export const ENVELOPE_NS: Record<SoapVersion, string> = {
  '1.1': 'http://schemas.xmlsoap.org/soap/envelope/',
  '1.2': 'http://www.w3.org/2003/05/soap-envelope',
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function valueXml(v: ParamInput): string {
  if (v === null) return '<Value xsi:nil="true"/>';
  if (typeof v === 'object' && 'table' in v) {
    const columns = v.table.columns.map((c) => `<column><Name>${escape(c)}</Name></column>`).join('');
    const rows = v.table.rows.map((r) => `<row>${r.map(valueXml).join('')}</row>`).join('');
    return `<Value xsi:type="ValueTable">${columns}${rows}</Value>`;
  }
  if (typeof v === 'string') return `<Value xsi:type="xs:string">${escape(v)}</Value>`;
  if (typeof v === 'number') return `<Value xsi:type="xs:decimal">${v}</Value>`;
  if (typeof v === 'boolean') return `<Value xsi:type="xs:boolean">${v}</Value>`;
  if ('dateTime' in v) return `<Value xsi:type="xs:dateTime">${v.dateTime}</Value>`;
  if ('structure' in v) {
    const props = Object.entries(v.structure).map(([name, field]) => `<Property name="${name}">${valueXml(field)}</Property>`);
    return `<Value xsi:type="Structure">${props.join('')}</Value>`;
  }
  return `<Value xsi:type="${v.typed}">${escape(v.value)}</Value>`;
}

/** An envelope around a Body, with the prefixes live clients declare (par: for the service). */
export function envelope(version: SoapVersion, body: string, service = 'PartnerWebAPI2'): string {
  return (
    `<soap:Envelope xmlns:soap="${ENVELOPE_NS[version]}" xmlns:par="http://buhphone.com/${service}" ` +
    `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<soap:Header/><soap:Body>${body}</soap:Body></soap:Envelope>`
  );
}

/** A request body written by hand, the way the live clients write it (prefix par:, core Properties). */
export function structureRequest(service: string, operation: string, params: Record<string, ParamInput>, version: SoapVersion = '1.2'): string {
  const props = Object.entries(params)
    .map(([name, v]) => `<Property xmlns="http://v8.1c.ru/8.1/data/core" name="${name}">${valueXml(v)}</Property>`)
    .join('');
  return envelope(version, `<par:${operation}><par:Params>${props}</par:Params></par:${operation}>`, service);
}
