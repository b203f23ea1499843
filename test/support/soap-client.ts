import soap, { type Client } from 'soap';
import { decodeResponse } from './decode-response.js';

/** A parameter value as a test writes it; dates as { dateTime } so they carry xs:dateTime. */
export type ParamInput =
  | string
  | number
  | boolean
  | null
  | { dateTime: string }
  | { typed: string; value: string }
  /** A ValueTable parameter (e.g. SendNotification Recipients). */
  | { table: { columns: string[]; rows: ParamInput[][] } }
  /** A nested core Structure. */
  | { structure: Record<string, ParamInput> };

export interface SoapResult {
  code: string;
  /** Tables as arrays of row objects (strings, null for Undefined), structures as objects, nil as null. */
  data: unknown;
}

export interface ClientOptions {
  soap12?: boolean;
  login?: string;
  password?: string;
}

/** node-soap, loading our WSDL as a partner's code would. */
export async function soapClient(baseUrl: string, service = 'PartnerWebAPI2', options: ClientOptions = {}): Promise<Client> {
  const client = await soap.createClientAsync(`${baseUrl}/cus/ws/${service}?wsdl`, { forceSoap12Headers: options.soap12 ?? false });
  client.setSecurity(new soap.BasicAuthSecurity(options.login ?? 'demo', options.password ?? 'demo'));
  return client;
}

const XS = 'http://www.w3.org/2001/XMLSchema';

function valueArg(input: ParamInput): Record<string, unknown> {
  if (input === null) return { attributes: { 'xsi:nil': 'true' } };
  if (typeof input === 'object' && 'table' in input) {
    return {
      attributes: { 'xsi:type': 'ValueTable', 'xmlns:xs': XS },
      column: input.table.columns.map((Name) => ({ Name })),
      row: input.table.rows.map((r) => ({ Value: r.map(valueArg) })),
    };
  }
  if (typeof input === 'object' && 'structure' in input) {
    return { attributes: { 'xsi:type': 'Structure' }, Property: Object.entries(input.structure).map(([name, v]) => ({ attributes: { name }, Value: valueArg(v) })) };
  }
  const [type, text] =
    typeof input === 'string'
      ? ['xs:string', input]
      : typeof input === 'number'
        ? ['xs:decimal', String(input)]
        : typeof input === 'boolean'
          ? ['xs:boolean', String(input)]
          : 'dateTime' in input
            ? ['xs:dateTime', input.dateTime]
            : 'typed' in input
              ? [input.typed, input.value]
              : ['xs:string', ''];
  return { attributes: { 'xsi:type': type, 'xmlns:xs': XS }, $value: text };
}

/** The Params Structure of one call. */
export function structureArg(params: Record<string, ParamInput>): Record<string, unknown> {
  return { Params: { Property: Object.entries(params).map(([name, v]) => ({ attributes: { name }, Value: valueArg(v) })) } };
}

/** The Params ValueTable of a batch call: one row per object. */
export function tableArg(columns: string[], rows: ParamInput[][]): Record<string, unknown> {
  return {
    Params: {
      attributes: { 'xsi:type': 'ValueTable', 'xmlns:xs': XS },
      column: columns.map((Name) => ({ Name })),
      row: rows.map((r) => ({ Value: r.map(valueArg) })),
    },
  };
}

/** Calls through node-soap and reads ResultCode/ResultData from the raw response (node-soap drops nil row values). */
export async function call(client: Client, operation: string, args: Record<string, unknown>): Promise<SoapResult> {
  const method = client[`${operation}Async`] as (a: unknown) => Promise<[unknown, string]>;
  const [, rawResponse] = await method(args);
  return decodeResponse(rawResponse);
}

/** Calls with a Params Structure. */
export function callWith(client: Client, operation: string, params: Record<string, ParamInput> = {}): Promise<SoapResult> {
  return call(client, operation, structureArg(params));
}
