import type { Router } from 'express';
import type { ParamSpec } from '../catalog/types.js';
import type { MockRuntime } from '../runtime.js';
import { contentType, type SoapVersion } from '../xml/envelope.js';
import { NS } from '../xml/namespaces.js';
import { escapeXml } from '../xml/xdto-write.js';
import { knownLogin, objectBody, refuse } from './admin-http.js';
import { answerSoapCall } from './soap-endpoint.js';

const TRY_BODY = 'expected {"service": "<name>", "operation": "<name>", "params"?: {"<parameter>": <text, number or true|false>}, "soapVersion"?: "1.1"|"1.2"}';

const XSI_TYPE: Partial<Record<ParamSpec['type'], string>> = {
  string: 'xs:string', uuid: 'xs:string', number: 'xs:decimal', boolean: 'xs:boolean', date: 'xs:dateTime', dateTime: 'xs:dateTime',
};

/**
 * One SOAP call made for the account from scalar parameter values (the dashboard's "try it"): the request
 * envelope is written here and answered by the same code as a POST to the service, so it is limited and journaled.
 */
export function tryRoutes(router: Router, runtime: MockRuntime): void {
  router.post('/accounts/:login/try', (req, res) => {
    const login = knownLogin(runtime, req, res);
    const body = login && objectBody(req, res, TRY_BODY);
    if (!login || !body) return;
    const service = runtime.services.find((s) => s.name === body.service);
    const op = service?.catalog.get(String(body.operation));
    const params = (body.params ?? {}) as Record<string, unknown>;
    const version = (body.soapVersion ?? '1.1') as SoapVersion;
    const scalars = typeof params === 'object' && params !== null && Object.values(params).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
    if (!service || !op || !scalars || (version !== '1.1' && version !== '1.2')) return refuse(res, 400, TRY_BODY);
    const specs = new Map((op.params ?? []).map((p) => [p.name, p]));
    const values = Object.entries(params).map(([name, value]) => ({ name, value: String(value), spec: specs.get(name) }));
    const operationXml =
      service.protocol === 'structure'
        ? `<par:${op.name}><par:Params>${values.map((v) => `<Property xmlns="${NS.core}" name="${escapeXml(v.name)}"><Value xsi:type="${XSI_TYPE[v.spec?.type ?? 'string'] ?? 'xs:string'}">${escapeXml(v.value)}</Value></Property>`).join('')}</par:Params></par:${op.name}>`
        : `<par:${op.name}>${values.map((v) => `<par:${v.name}>${escapeXml(v.value)}</par:${v.name}>`).join('')}</par:${op.name}>`;
    const request =
      `<soap:Envelope xmlns:soap="${version === '1.2' ? NS.soap12 : NS.soap11}" xmlns:par="${service.namespace}" xmlns:xs="${NS.xs}" xmlns:xsi="${NS.xsi}">` +
      `<soap:Header/><soap:Body>${operationXml}</soap:Body></soap:Envelope>`;
    const answer = answerSoapCall(runtime, service, runtime.accounts.get(login)!, {
      body: Buffer.from(request, 'utf8'),
      contentType: contentType(version),
      baseUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
    });
    res.json({ login, service: service.name, operation: op.name, status: answer.status, fault: answer.fault?.mode, request, response: answer.xml.toString() });
  });
}
