import { NS } from './namespaces.js';
import { escapeXml } from './xdto-write.js';
import { replaceInvalidXmlChars } from './xml-chars.js';
import { parseXml, type XmlElement } from './xml-tree.js';

export type SoapVersion = '1.1' | '1.2';

export interface SoapRequest {
  version: SoapVersion;
  /** The first element of Body: its local name is the operation. */
  operation: XmlElement;
}

/** A request the SOAP layer cannot take: answered with a Fault (HTTP 500). */
export class SoapFaultError extends Error {
  constructor(
    message: string,
    readonly side: 'client' | 'server' = 'client',
    readonly version: SoapVersion = '1.1',
  ) {
    super(message);
  }
}

/** The version comes from the envelope namespace, never from Content-Type. */
export function parseEnvelope(xml: string): SoapRequest {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    throw new SoapFaultError((e as Error).message);
  }
  const version: SoapVersion | undefined = root.ns === NS.soap12 ? '1.2' : root.ns === NS.soap11 ? '1.1' : undefined;
  if (root.local !== 'Envelope' || !version) throw new SoapFaultError('Ожидался элемент Envelope SOAP 1.1 или 1.2');
  const body = root.children.find((c) => c.local === 'Body' && c.ns === root.ns);
  if (!body) throw new SoapFaultError('В конверте SOAP нет элемента Body', 'client', version);
  const operation = body.children[0];
  if (!operation) throw new SoapFaultError('Элемент Body пуст: не указана операция', 'client', version);
  return { version, operation };
}

export function contentType(version: SoapVersion): string {
  return version === '1.2' ? 'application/soap+xml; charset=utf-8' : 'text/xml; charset=utf-8';
}

function envelope(version: SoapVersion, body: string): string {
  const ns = version === '1.2' ? NS.soap12 : NS.soap11;
  return `<soap:Envelope xmlns:soap="${ns}"><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

/** `<m:XResponse><m:return ...>content</m:return></m:XResponse>`; returnAttrs lets PartnerAPI type the return. */
export function responseEnvelope(version: SoapVersion, serviceNs: string, operation: string, returnContent: string, returnAttrs = ''): string {
  return envelope(
    version,
    `<m:${operation}Response xmlns:m="${serviceNs}"><m:return xmlns:xs="${NS.xs}" xmlns:xsi="${NS.xsi}"${returnAttrs}>${returnContent}</m:return></m:${operation}Response>`,
  );
}

/** A Fault's reason may echo the request (a tag name, a value): it is cut and made safe to carry in XML. */
const MAX_REASON_LENGTH = 1000;

export function faultEnvelope(version: SoapVersion, side: 'client' | 'server', message: string): string {
  const reason = message.length > MAX_REASON_LENGTH ? `${message.slice(0, MAX_REASON_LENGTH)}…` : message;
  const text = escapeXml(replaceInvalidXmlChars(reason));
  if (version === '1.2') {
    const code = side === 'client' ? 'soap:Sender' : 'soap:Receiver';
    return envelope(version, `<soap:Fault><soap:Code><soap:Value>${code}</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang="ru">${text}</soap:Text></soap:Reason></soap:Fault>`);
  }
  const code = side === 'client' ? 'soap:Client' : 'soap:Server';
  return envelope(version, `<soap:Fault><faultcode>${code}</faultcode><faultstring>${text}</faultstring></soap:Fault>`);
}
