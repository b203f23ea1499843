/**
 * Characters XML 1.0 cannot carry: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone
 * surrogates. A value holding one could be stored but never written back as well-formed XML.
 */
const INVALID_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVALID_XML_CHARS = new RegExp(INVALID_XML_CHAR.source, 'g');

export function hasInvalidXmlChar(text: string): boolean {
  return INVALID_XML_CHAR.test(text);
}

/** For text we echo back (fault reasons): each character XML cannot carry becomes U+FFFD. */
export function replaceInvalidXmlChars(text: string): string {
  return INVALID_XML_CHAR.test(text) ? text.replace(INVALID_XML_CHARS, '\uFFFD') : text;
}
