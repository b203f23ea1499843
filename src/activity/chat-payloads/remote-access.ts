import { buhphone, type PayloadFields } from './buhphone.js';

/** Spec 4.4, remote access: 50–60. */
export const REMOTE_ACCESS_PAYLOAD_FIELDS: PayloadFields = {
  50: ['from', 'to'],
  51: ['from', 'to'],
  58: ['from', 'to'],
  52: ['from', 'to', 'duration', 'downloadfiles_count', 'uploadfiles_count', 'downloadfiles_size', 'uploadfiles_size'],
  53: ['from', 'to', 'duration'],
  54: ['from', 'to'],
  55: ['from', 'to'],
  56: ['from', 'to'],
  57: ['from', 'to'],
  59: ['from', 'to'],
  60: ['from', 'to'],
};

export interface FileCounts {
  downloadCount: number;
  uploadCount: number;
  downloadSize: number;
  uploadSize: number;
}

export const remoteAccessPayload = {
  /** 50, 51, 58 (start) and 54–57, 59, 60 (failures): from and to. */
  fromTo: (from: string, to: string) => buhphone([['from', from], ['to', to]]),
  endedWithFiles: (from: string, to: string, duration: number, f: FileCounts) =>
    buhphone([
      ['from', from],
      ['to', to],
      ['duration', duration],
      ['downloadfiles_count', f.downloadCount],
      ['uploadfiles_count', f.uploadCount],
      ['downloadfiles_size', f.downloadSize],
      ['uploadfiles_size', f.uploadSize],
    ]),
  ended: (from: string, to: string, duration: number) => buhphone([['from', from], ['to', to], ['duration', duration]]),
};
