import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import type { ServiceDefinition } from '../pipeline/service.js';
import type { MockRuntime } from '../runtime.js';
import { contentType, faultEnvelope, type SoapVersion } from '../xml/envelope.js';
import { accountOf, REALM, UNAUTHORIZED_TEXT } from './basic-auth.js';
import { answerSoapCall, type SoapAnswer } from './soap-endpoint.js';

/** Responses smaller than this are sent uncompressed even to a client that accepts gzip. */
const GZIP_THRESHOLD = 1024;

/**
 * A SOAP POST on plain node:http: the hot path of the mock, without a framework in between.
 * HTTP Basic first (nothing of the body is read before it passes), then the body under the cap
 * (also when inflated), then the call; the answer is gzipped only when the client asks.
 */
export function handleSoapPost(runtime: MockRuntime, service: ServiceDefinition, req: IncomingMessage, res: ServerResponse): void {
  const account = accountOf(runtime.accounts, req.headers.authorization, runtime.options.autoAccounts === true);
  if (!account) {
    res.writeHead(401, { 'WWW-Authenticate': REALM, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(UNAUTHORIZED_TEXT);
    req.resume();
    return;
  }
  const cap = runtime.options.maxBodyBytes;
  const version: SoapVersion = String(req.headers['content-type']).includes('application/soap+xml') ? '1.2' : '1.1';
  const declared = Number(req.headers['content-length']);
  if (declared > cap) return refuseBody(req, res, version, 413, 'Тело запроса больше допустимого размера');
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > cap) {
      over = true;
      refuseBody(req, res, version, 413, 'Тело запроса больше допустимого размера');
    } else chunks.push(chunk);
  });
  req.on('error', () => res.destroy());
  req.on('end', () => {
    if (over || res.headersSent) return;
    const inflated = inflate(Buffer.concat(chunks, size), req.headers['content-encoding'], cap);
    if (typeof inflated !== 'object' || !Buffer.isBuffer(inflated)) {
      return refuseBody(req, res, version, inflated.status, inflated.message);
    }
    const answer = answerSoapCall(runtime, service, account, {
      body: inflated,
      contentType: req.headers['content-type'],
      baseUrl: baseUrlOf(req, runtime.options.publicUrl),
    });
    if (answer.fault) return sendFaulted(req, res, answer);
    send(req, res, answer.status, contentType(answer.version), answer.xml);
  });
}

/** An answer shaped by an injected fault (see fault-rules.ts): later, without an envelope, or none at all. */
function sendFaulted(req: IncomingMessage, res: ServerResponse, answer: SoapAnswer): void {
  const fault = answer.fault!;
  const text = (status: number, message: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(message);
  };
  switch (fault.mode) {
    case 'latency':
      setTimeout(() => res.destroyed || send(req, res, answer.status, contentType(answer.version), answer.xml), fault.latencyMs);
      return;
    case 'http500':
      return text(500, 'Internal Server Error\n');
    case 'maintenance':
      return text(503, 'service temporarily unavailable\n', { 'Retry-After': '60' });
    case 'auth':
      return text(401, UNAUTHORIZED_TEXT, { 'WWW-Authenticate': REALM });
    case 'drop':
      req.socket.destroy();
      return;
    default:
      send(req, res, answer.status, contentType(answer.version), answer.xml);
  }
}


type InflateFailure = { status: number; message: string };

function inflate(body: Buffer, encoding: string | undefined, cap: number): Buffer | InflateFailure {
  const coding = (encoding ?? 'identity').trim().toLowerCase();
  try {
    if (coding === 'identity' || coding === '') return body;
    if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, { maxOutputLength: cap });
    if (coding === 'deflate') return inflateSync(body, { maxOutputLength: cap });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      return { status: 413, message: 'Тело запроса больше допустимого размера' };
    }
    return { status: 400, message: `Запрос не прочитан: ${(e as Error).message}` };
  }
  return { status: 415, message: `Запрос не прочитан: unsupported content encoding "${coding}"` };
}

/** A body that cannot be read: 413 over the cap, otherwise a client Fault with HTTP 500 like XML that does not parse. */
function refuseBody(req: IncomingMessage, res: ServerResponse, version: SoapVersion, status: number, message: string): void {
  if (res.headersSent) return;
  const xml = faultEnvelope(version, 'client', message);
  res.writeHead(status === 413 ? 413 : 500, { 'Content-Type': contentType(version), 'Content-Length': Buffer.byteLength(xml), Connection: 'close' });
  res.end(xml);
  // Let the client finish sending, so it reads the answer instead of a reset connection.
  req.resume();
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, xml: string | Buffer): void {
  let body: Buffer = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  const headers: Record<string, string | number> = { 'Content-Type': type, Vary: 'Accept-Encoding' };
  if (body.length >= GZIP_THRESHOLD && /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body, { level: 1 });
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(body);
}

/** The server's base URL as the client reached it, or the configured public URL. */
export function baseUrlOf(req: IncomingMessage, publicUrl?: string): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  return `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}
