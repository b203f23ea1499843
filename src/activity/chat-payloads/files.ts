import { buhphone, type PayloadFields } from './buhphone.js';

/** Spec 4.4, a file passed through the chat: 70. */
export const FILE_PAYLOAD_FIELDS: PayloadFields = { 70: ['from', 'filename', 'filesize'] };

export const filePayload = (ownerId: string, fileName: string, size: number) =>
  buhphone([['from', ownerId], ['filename', fileName], ['filesize', size]]);
