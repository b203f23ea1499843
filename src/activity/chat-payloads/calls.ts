import { buhphone, type PayloadFields } from './buhphone.js';

/** Spec 4.4, calls: 16 (record link), 20–31, 36, 38. */
export const CALL_PAYLOAD_FIELDS: PayloadFields = {
  16: ['record_link', 'callid', 'recordid'],
  20: ['from', 'to'],
  21: ['from', 'to'],
  22: ['from', 'to', 'duration'],
  23: ['from', 'to'],
  24: ['from', 'to'],
  25: ['from'],
  26: ['from', 'to'],
  36: ['from', 'to', 'abonent'],
  27: ['from', 'to', 'duration', 'reroute'],
  28: ['from', 'to', 'duration', 'vendor', 'reroute'],
  29: ['from', 'to', 'reroute', 'duration'],
  30: ['from', 'to'],
  31: ['from', 'to', 'vendor'],
  38: ['name'],
};

export const callPayload = {
  recordLink: (url: string, callId: string, recordId: string) => buhphone([['record_link', url], ['callid', callId], ['recordid', recordId]]),
  /** 20 (with a service specialist), 21 (without), 23, 24, 26, 30: from and to. */
  fromTo: (from: string, to: string) => buhphone([['from', from], ['to', to]]),
  finished: (from: string, to: string, duration: number) => buhphone([['from', from], ['to', to], ['duration', duration]]),
  noFreeSpecialist: (from: string) => buhphone([['from', from]]),
  noAudio: (from: string, to: string, abonent: string) => buhphone([['from', from], ['to', to], ['abonent', abonent]]),
  reroutedToSpecialist: (from: string, to: string, duration: number, reroute: string) =>
    buhphone([['from', from], ['to', to], ['duration', duration], ['reroute', reroute]]),
  reroutedToVendor: (from: string, to: string, duration: number, vendor: string, reroute: string) =>
    buhphone([['from', from], ['to', to], ['duration', duration], ['vendor', vendor], ['reroute', reroute]]),
  reroutedToColleague: (from: string, to: string, reroute: string, duration: number) =>
    buhphone([['from', from], ['to', to], ['reroute', reroute], ['duration', duration]]),
  reroutedToVendorUnanswered: (from: string, to: string, vendor: string) => buhphone([['from', from], ['to', to], ['vendor', vendor]]),
  lineUnavailable: (userId: string) => buhphone([['name', userId]]),
};
