/**
 * A single linear pass over a request document before it is parsed, so that no input can make the
 * parser slow or hungry: DOCTYPE and entity declarations are refused (never expanded), comments,
 * CDATA and processing instructions must be closed, and nesting and attributes per element are
 * bounded; character references must name characters XML allows. Each construct's end is found
 * with one indexOf from its start, so the pass is O(n).
 */

export const XML_LIMITS = {
  /** Deepest element nesting; a SOAP call with a batch table is about 8 deep. */
  maxDepth: 64,
  /** Attributes (namespace declarations included) on one element. */
  maxAttributes: 64,
} as const;

export class XmlShapeError extends Error {}

const CHAR_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** Code points XML 1.0 allows (its Char production). */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** `&#1;`, `&#xD800;`, `&#xFFFE;`: references to characters XML cannot carry make the document malformed. */
function checkCharReferences(xml: string): void {
  if (!xml.includes('&#')) return;
  for (const m of xml.matchAll(CHAR_REFERENCE)) {
    const ref = m[1];
    const cp = ref[0] === 'x' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    if (!isXmlChar(cp)) throw new XmlShapeError(`XML не разобран: ссылка ${m[0].slice(0, 20)} на недопустимый в XML символ`);
  }
}

export function checkXmlShape(xml: string): void {
  checkCharReferences(xml);
  let depth = 0;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) i = skipPast(xml, '-->', lt + 4, 'комментарий');
    else if (xml.startsWith('<![CDATA[', lt)) i = skipPast(xml, ']]>', lt + 9, 'секция CDATA');
    else if (xml.startsWith('<?', lt)) i = skipPast(xml, '?>', lt + 2, 'инструкция обработки');
    else if (xml.startsWith('<!', lt)) throw new XmlShapeError('DOCTYPE и объявления сущностей не допускаются');
    else if (xml.startsWith('</', lt)) {
      depth--;
      i = skipPast(xml, '>', lt + 2, 'закрывающий тег');
    } else {
      const tag = scanStartTag(xml, lt);
      if (!tag.selfClosing && ++depth > XML_LIMITS.maxDepth) {
        throw new XmlShapeError(`XML вложен глубже ${XML_LIMITS.maxDepth} уровней`);
      }
      i = tag.end;
    }
  }
}

function skipPast(xml: string, terminator: string, from: number, what: string): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw new XmlShapeError(`XML не разобран: не закрыт(а) ${what}`);
  return end + terminator.length;
}

/** Walks a start tag to its `>`, outside quoted attribute values, counting the attributes. */
function scanStartTag(xml: string, lt: number): { end: number; selfClosing: boolean } {
  let attributes = 0;
  let i = lt + 1;
  for (;;) {
    const next = nextOf(xml, i);
    if (next < 0) throw new XmlShapeError('XML не разобран: не закрыт тег');
    const c = xml[next];
    if (c === '>') return { end: next + 1, selfClosing: xml[next - 1] === '/' };
    if (c === '=') {
      if (++attributes > XML_LIMITS.maxAttributes) {
        throw new XmlShapeError(`XML не разобран: у элемента больше ${XML_LIMITS.maxAttributes} атрибутов`);
      }
      i = next + 1;
      continue;
    }
    // A quoted value: skip to its closing quote.
    const close = xml.indexOf(c, next + 1);
    if (close < 0) throw new XmlShapeError('XML не разобран: не закрыто значение атрибута');
    i = close + 1;
  }
}

/** The next `>`, `=` or quote from `from`, or -1. */
function nextOf(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */ || c === 61 /* = */ || c === 34 /* " */ || c === 39 /* ' */) return i;
  }
  return -1;
}
