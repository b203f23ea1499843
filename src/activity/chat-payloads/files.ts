import { escapeXml } from '../../xml/xdto-write.js';

/** Message type 70 "Передача файла через чат" (spec 4.4): who owns the file, its name and size in bytes. */
export function fileTransferPayload(f: { from: string; fileName: string; size: number }): string {
  return `<buhphone><from>${escapeXml(f.from)}</from><filename>${escapeXml(f.fileName)}</filename><filesize>${f.size}</filesize></buhphone>`;
}
