import type { ParamInput } from './soap-client.js';
import { envelope, valueXml, type SoapVersion } from './soap-request.js';

const CORE = 'http://v8.1c.ru/8.1/data/core';

/** A batch call written by hand: Params as a core ValueTable whose columns are parameter names. */
export function tableRequest(service: string, operation: string, columns: string[], rows: ParamInput[][], version: SoapVersion = '1.2'): string {
  const head = columns.map((name) => `<column xmlns="${CORE}"><Name>${name}</Name></column>`).join('');
  const body = rows.map((row) => `<row xmlns="${CORE}">${row.map(valueXml).join('')}</row>`).join('');
  const params = `<par:Params xmlns:core="${CORE}" xsi:type="core:ValueTable">${head}${body}</par:Params>`;
  return envelope(version, `<par:${operation}>${params}</par:${operation}>`, service);
}
