import iconv from 'iconv-lite';

/** A body whose characters cannot be read: answered with a Fault, never stored as replacement characters. */
export class BodyEncodingError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * The request's text. Its encoding is, in order: the byte-order mark (UTF-8, UTF-16), the XML
 * declaration's `encoding`, the Content-Type `charset`, else UTF-8. Bytes that are not valid in
 * that encoding, or an encoding nobody can decode, are refused.
 */
export function decodeXmlBody(body: Buffer, contentType: string | undefined): string {
  const encoding = sniffEncoding(body, contentType);
  if (encoding === 'utf-8' || encoding === 'utf8') {
    try {
      return UTF8.decode(body);
    } catch {
      throw new BodyEncodingError('Тело запроса не является корректным UTF-8');
    }
  }
  if (!iconv.encodingExists(encoding)) throw new BodyEncodingError(`Кодировка ${encoding} не поддерживается`);
  const text = iconv.decode(body, encoding, { stripBOM: true });
  // iconv puts U+FFFD where bytes mean nothing in the encoding; such a body is refused rather than stored garbled.
  if (text.includes('\uFFFD')) {
    const literal = iconv.encode('\uFFFD', encoding);
    if (iconv.decode(literal, encoding) !== '\uFFFD' || !body.includes(literal)) {
      throw new BodyEncodingError(`Тело запроса не является корректным текстом в кодировке ${encoding}`);
    }
  }
  return text;
}

function sniffEncoding(body: Buffer, contentType: string | undefined): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0x3c && body[1] === 0x00) return 'utf-16le';
  if (body[0] === 0x00 && body[1] === 0x3c) return 'utf-16be';
  const declared = DECLARED_ENCODING.exec(body.subarray(0, 256).toString('latin1'))?.[1];
  if (declared) return declared.toLowerCase();
  const charset = /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)"?/i.exec(contentType ?? '')?.[1];
  return charset ? charset.toLowerCase() : 'utf-8';
}
