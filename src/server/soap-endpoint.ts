import { runOperation } from '../pipeline/call-pipeline.js';
import type { Account } from '../pipeline/call-context.js';
import { parameterWarnings } from '../pipeline/call-journal.js';
import { failure, type Outcome } from '../pipeline/outcome.js';
import type { ServiceDefinition } from '../pipeline/service.js';
import { outcomeXml } from '../protocol/outcome-xml.js';
import { operandFaultText, operandReturn } from '../protocol/operand-return.js';
import type { MockRuntime } from '../runtime.js';
import { faultEnvelope, responseEnvelope, SoapFaultError, type SoapVersion } from '../xml/envelope.js';
import { BodyEncodingError, decodeXmlBody } from '../xml/decode-body.js';
import { XdtoFormatError } from '../xml/xdto-read.js';
import type { FaultRule } from './fault-rules.js';
import { parseRequest } from './parsed-requests.js';

/** What one SOAP call answers: HTTP status, SOAP version and the envelope (as text, or already as UTF-8 bytes). */
export interface SoapAnswer {
  status: number;
  version: SoapVersion;
  xml: string | Buffer;
  /** An injected fault the transport acts on (latency, an answer without an envelope, a dropped connection). */
  fault?: FaultRule;
}

/** The transport around a call: the request body's bytes and Content-Type, and the base URL the caller used. */
export interface SoapTransport {
  body: Buffer;
  contentType: string | undefined;
  baseUrl: string;
}

/** Faults answered by the transport without an envelope: the HTTP status the journal records. */
const TRANSPORT_FAULTS: Partial<Record<FaultRule['mode'], { result: string; status: number }>> = {
  http500: { result: 'HTTP 500', status: 500 },
  maintenance: { result: 'HTTP 503', status: 503 },
  auth: { result: 'HTTP 401', status: 401 },
  drop: { result: 'DROPPED', status: 0 },
};

export const INJECTED_FAULT_TEXT = 'Внутренняя ошибка сервера (сбой задан через admin API)';

/** One call of one service: envelope → operation → pipeline → envelope. Business errors are ResultCodes, never Faults. */
export function answerSoapCall(runtime: MockRuntime, service: ServiceDefinition, account: Account, transport: SoapTransport): SoapAnswer {
  const started = performance.now();
  let version: SoapVersion = '1.1';
  let operationName = '';
  let requestXml = '';
  let warnings: string[] = [];
  let fault: FaultRule | undefined;
  const journal = (answer: SoapAnswer, result: string, resultData?: string): SoapAnswer => {
    runtime.journal.record(account.login, {
      at: runtime.clocks.now(account.login).toISOString(),
      realAt: new Date().toISOString(),
      service: service.name,
      operation: operationName,
      soapVersion: answer.version,
      result,
      resultData,
      httpStatus: answer.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      warnings,
      fault: fault?.mode,
      request: requestXml,
      response: answer.xml,
    });
    return answer;
  };
  try {
    const body = (requestXml = decodeXmlBody(transport.body, transport.contentType).replace(/^\uFEFF/, ''));
    const parsed = parseRequest(service, body);
    const request = parsed.request;
    version = request.version;
    const name = (operationName = request.operation.local);
    const op = request.operation.ns === service.namespace ? service.catalog.get(name) : undefined;
    if (!op) throw new SoapFaultError(unknownOperation(service, request.operation.ns, name), 'client', version);
    const input = parsed.input();
    warnings = parameterWarnings(op, input);
    fault = runtime.faults.pick(account.login, op.name);
    const transportFault = fault && TRANSPORT_FAULTS[fault.mode];
    if (transportFault) return journal({ status: transportFault.status, version, xml: '', fault }, transportFault.result);
    if (fault?.mode === 'soapFault') throw new SoapFaultError(INJECTED_FAULT_TEXT, 'server', version);
    const outcome: Outcome =
      fault?.mode === 'resultCode'
        ? failure(fault.resultCode ?? 'UNCLASSIFIED_ERROR', INJECTED_FAULT_TEXT)
        : runOperation(runtime, service, op, account, input, transport.baseUrl);
    const detail = outcome.code === 'SUCCESS' ? undefined : outcome.data.kind === 'string' ? outcome.data.text : undefined;
    if (service.protocol === 'operands' && outcome.code !== 'SUCCESS') {
      throw new SoapFaultError(operandFaultText(op, outcome.code, detail ?? outcome.code), 'server', version);
    }
    const write = () => {
      if (service.protocol !== 'operands') return responseEnvelope(version, service.namespace, name, outcomeXml(outcome));
      const { content, attrs } = operandReturn(outcome.data);
      return responseEnvelope(version, service.namespace, name, content, attrs);
    };
    return journal({ status: 200, version, xml: op.cacheable ? reusedEnvelope(outcome, version, write) : write(), fault }, outcome.code, detail);
  } catch (e) {
    const answer = faultAnswer(e, version);
    return journal({ ...answer, fault }, 'FAULT', (e as Error).message);
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
