import type { ServiceDefinition } from '../pipeline/service.js';
import { readOperationInput } from '../protocol/read-request.js';
import { parseEnvelope, type SoapRequest } from '../xml/envelope.js';
import type { XdtoValue } from '../xml/xdto-value.js';

/** Bodies up to this size are remembered; bigger ones (batches, files) are parsed every time. */
const MAX_REMEMBERED_BODY = 8 * 1024;
const MAX_REMEMBERED = 256;

export interface ParsedRequest {
  request: SoapRequest;
  /** The operation's input, read on first use (after the operation is known to exist). */
  input(): XdtoValue;
}

const remembered = new Map<string, ParsedRequest>();

/**
 * The envelope and the operation's input read from a request's text. Reading is a pure function of
 * the text, and nothing downstream changes what it returns, so a client repeating the same small
 * request (polling a read) is not parsed again. Texts that do not parse throw every time.
 */
export function parseRequest(service: ServiceDefinition, text: string): ParsedRequest {
  const small = text.length <= MAX_REMEMBERED_BODY;
  const key = small ? `${service.name}\n${text}` : '';
  const known = small ? remembered.get(key) : undefined;
  if (known) return known;
  const request = parseEnvelope(text);
  let input: XdtoValue | undefined;
  const parsed = { request, input: () => (input ??= readOperationInput(service, request.operation)) };
  if (small) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, parsed);
  }
  return parsed;
}
