/** A minimal element tree for the WSDL generator, printed one element per line. */
export interface XmlNode {
  name: string;
  /** Attributes in output order; undefined values are left out. */
  attrs: Readonly<Record<string, string | undefined>>;
  children: readonly XmlNode[];
}

export function el(
  name: string,
  attrs: Readonly<Record<string, string | undefined>> = {},
  children: readonly XmlNode[] = [],
): XmlNode {
  return { name, attrs, children };
}

const INDENT = '  ';

/** Prints the node and its subtree, each line indented by its depth; no trailing newline. */
export function renderXml(node: XmlNode, depth = 0): string {
  const pad = INDENT.repeat(depth);
  const open = `${pad}<${node.name}${renderAttrs(node.attrs)}`;
  if (node.children.length === 0) return `${open}/>`;
  const inner = node.children.map((child) => renderXml(child, depth + 1));
  return [`${open}>`, ...inner, `${pad}</${node.name}>`].join('\n');
}

function renderAttrs(attrs: Readonly<Record<string, string | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeAttr(value)}"`;
  }
  return out;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
