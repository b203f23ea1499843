import { runOperation } from '../pipeline/call-pipeline.js';
import type { Account } from '../pipeline/call-context.js';
import type { Outcome } from '../pipeline/outcome.js';
import { parameterWarnings } from '../pipeline/call-journal.js';
import type { ServiceDefinition } from '../pipeline/service.js';
import { outcomeXml } from '../protocol/outcome-xml.js';
import { operandFaultText, operandReturn } from '../protocol/operand-return.js';
import type { MockRuntime } from '../runtime.js';
import { faultEnvelope, responseEnvelope, SoapFaultError, type SoapVersion } from '../xml/envelope.js';
import { BodyEncodingError, decodeXmlBody } from '../xml/decode-body.js';
import { XdtoFormatError } from '../xml/xdto-read.js';
import { parseRequest } from './parsed-requests.js';

/** What one SOAP call answers: HTTP status, SOAP version and the envelope (as text, or already as UTF-8 bytes). */
export interface SoapAnswer {
  status: number;
  version: SoapVersion;
  xml: string | Buffer;
}

/** The transport around a call: the request body's bytes and Content-Type, and the base URL the caller used. */
export interface SoapTransport {
  body: Buffer;
  contentType: string | undefined;
  baseUrl: string;
}

/** One call of one service: envelope → operation → pipeline → envelope. Business errors are ResultCodes, never Faults. */
export function answerSoapCall(runtime: MockRuntime, service: ServiceDefinition, account: Account, transport: SoapTransport): SoapAnswer {
  let version: SoapVersion = '1.1';
  let operationName: string | undefined;
  try {
    const body = decodeXmlBody(transport.body, transport.contentType).replace(/^\uFEFF/, '');
    const parsed = parseRequest(service, body);
    const request = parsed.request;
    version = request.version;
    const name = (operationName = request.operation.local);
    const op = request.operation.ns === service.namespace ? service.catalog.get(name) : undefined;
    if (!op) throw new SoapFaultError(unknownOperation(service, request.operation.ns, name), 'client', version);
    const input = parsed.input();
    const outcome = runOperation(runtime, service, op, account, input, transport.baseUrl);
    if (service.protocol === 'operands' && outcome.code !== 'SUCCESS') {
      const detail = outcome.data.kind === 'string' ? outcome.data.text : outcome.code;
      throw new SoapFaultError(operandFaultText(op, outcome.code, detail), 'server', version);
    }
    journal(runtime, account, service, name, outcome.code, parameterWarnings(op, input));
    const write = () =>
      service.protocol === 'operands'
        ? ((r) => responseEnvelope(version, service.namespace, name, r.content, r.attrs))(operandReturn(outcome.data))
        : responseEnvelope(version, service.namespace, name, outcomeXml(outcome));
    return { status: 200, version, xml: op.cacheable ? reusedEnvelope(outcome, version, write) : write() };
  } catch (e) {
    journal(runtime, account, service, operationName ?? '', 'FAULT', [(e as Error).message]);
    return faultAnswer(e, version);
  }
}

/** A reused (cached) outcome is written once per SOAP version; the bytes go out as they are. */
const envelopes = new WeakMap<Outcome, Map<SoapVersion, Buffer>>();

function reusedEnvelope(outcome: Outcome, version: SoapVersion, write: () => string): Buffer {
  let written = envelopes.get(outcome);
  if (!written) envelopes.set(outcome, (written = new Map()));
  let bytes = written.get(version);
  if (!bytes) written.set(version, (bytes = Buffer.from(write(), 'utf8')));
  return bytes;
}

function unknownOperation(service: ServiceDefinition, ns: string, name: string): string {
  return ns === service.namespace
    ? `Операция ${name} не найдена в сервисе ${service.name}`
    : `Операция {${ns}}${name} не найдена: операции сервиса ${service.name} в пространстве имён ${service.namespace}`;
}

function journal(runtime: MockRuntime, account: Account, service: ServiceDefinition, operation: string, result: string, warnings: string[]): void {
  runtime.journal.record(account.login, { at: runtime.clocks.now(account.login).toISOString(), service: service.name, operation, result, warnings });
}

/** A Fault (HTTP 500): the client's mistakes as Client/Sender, ours as Server/Receiver. */
export function faultAnswer(e: unknown, fallback: SoapVersion): SoapAnswer {
  const fault =
    e instanceof SoapFaultError
      ? e
      : e instanceof XdtoFormatError || e instanceof BodyEncodingError
        ? new SoapFaultError(e.message, 'client', fallback)
        : new SoapFaultError(`Внутренняя ошибка сервера: ${(e as Error).message}`, 'server', fallback);
  const version = e instanceof SoapFaultError ? e.version : fallback;
  return { status: 500, version, xml: faultEnvelope(version, fault.side, fault.message) };
}
