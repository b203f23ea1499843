import { escapeXml } from '../../xml/xdto-write.js';

/** The XML of a service chat message (spec 4.4): `<buhphone>` with one element per field, in the table's order. */
export function buhphone(fields: readonly (readonly [string, string | number])[]): string {
  return `<buhphone>${fields.map(([tag, value]) => `<${tag}>${escapeXml(String(value))}</${tag}>`).join('')}</buhphone>`;
}


/** The fields each message type carries, per spec 4.4, for readers and checks. */
export type PayloadFields = Readonly<Record<number, readonly string[]>>;
