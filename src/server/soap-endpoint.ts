import type { RequestHandler } from 'express';
import { runOperation } from '../pipeline/call-pipeline.js';
import type { Account } from '../pipeline/call-context.js';
import { unknownParameters } from '../pipeline/call-journal.js';
import type { ServiceDefinition } from '../pipeline/service.js';
import { outcomeXml } from '../protocol/outcome-xml.js';
import { operandFaultText, operandReturn } from '../protocol/operand-return.js';
import { readOperationInput } from '../protocol/read-request.js';
import type { MockRuntime } from '../runtime.js';
import { contentType, faultEnvelope, parseEnvelope, responseEnvelope, SoapFaultError, type SoapVersion } from '../xml/envelope.js';
import { XdtoFormatError } from '../xml/xdto-read.js';
import { baseUrl } from './wsdl-endpoint.js';

/** POST of one service: envelope → operation → pipeline → envelope. Business errors are ResultCodes, never Faults. */
export function soapEndpoint(runtime: MockRuntime, service: ServiceDefinition): RequestHandler {
  return (req, res) => {
    const account = res.locals.account as Account;
    let version: SoapVersion = '1.1';
    let operationName: string | undefined;
    try {
      const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8').replace(/^\uFEFF/, '') : '';
      const request = parseEnvelope(body);
      version = request.version;
      const name = (operationName = request.operation.local);
      const op = service.catalog.get(name);
      if (!op) throw new SoapFaultError(`Операция ${name} не найдена в сервисе ${service.name}`, 'client', version);
      const input = readOperationInput(service, request.operation);
      const outcome = runOperation(runtime, service, op, account, input, baseUrl(req, runtime.options.publicUrl));
      if (service.protocol === 'operands' && outcome.code !== 'SUCCESS') {
        const detail = outcome.data.kind === 'string' ? outcome.data.text : outcome.code;
        throw new SoapFaultError(operandFaultText(op, outcome.code, detail), 'server', version);
      }
      journal(runtime, account, service, name, outcome.code, unknownParameters(op, input));
      const answer =
        service.protocol === 'operands'
          ? ((r) => responseEnvelope(version, service.namespace, name, r.content, r.attrs))(operandReturn(outcome.data))
          : responseEnvelope(version, service.namespace, name, outcomeXml(outcome));
      res.status(200).type(contentType(version)).send(answer);
    } catch (e) {
      journal(runtime, account, service, operationName ?? '', 'FAULT', [(e as Error).message]);
      sendFault(res, e, version);
    }
  };
}

function journal(runtime: MockRuntime, account: Account, service: ServiceDefinition, operation: string, result: string, warnings: string[]): void {
  runtime.journal.record(account.login, { at: runtime.clocks.now(account.login).toISOString(), service: service.name, operation, result, warnings });
}

function sendFault(res: Parameters<RequestHandler>[1], e: unknown, fallback: SoapVersion): void {
  const fault =
    e instanceof SoapFaultError
      ? e
      : e instanceof XdtoFormatError
        ? new SoapFaultError(e.message, 'client', fallback)
        : new SoapFaultError(`Внутренняя ошибка сервера: ${(e as Error).message}`, 'server', fallback);
  const version = e instanceof SoapFaultError ? e.version : fallback;
  res.status(500).type(contentType(version)).send(faultEnvelope(version, fault.side, fault.message));
}
