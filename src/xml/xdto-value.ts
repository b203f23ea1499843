/** Values of the 1C XDTO core model as they arrive in a request. */
export type XdtoValue =
  | { type: 'undefined' }
  /** `untyped`: the Value had no usable xsi:type; its lexical form may be read as another type. */
  | { type: 'string'; value: string; untyped?: boolean }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  /** Lexical date as sent (xs:dateTime or xs:date); time-zone conversion is the pipeline's job. */
  | { type: 'dateTime'; value: string }
  | { type: 'base64'; value: Buffer }
  | { type: 'structure'; props: Map<string, XdtoValue> }
  | { type: 'array'; items: XdtoValue[] }
  | { type: 'table'; columns: string[]; rows: XdtoValue[][] };

export type XdtoStructure = Extract<XdtoValue, { type: 'structure' }>;

export const UNDEFINED: XdtoValue = { type: 'undefined' };

export function emptyStructure(): XdtoStructure {
  return { type: 'structure', props: new Map() };
}
