import { buhphone, type PayloadFields } from './buhphone.js';

/** Spec 4.4, treatment events: 80–93. */
export const TREATMENT_PAYLOAD_FIELDS: PayloadFields = {
  80: ['name'],
  81: ['name'],
  82: ['name'],
  83: ['name'],
  84: ['from', 'to'],
  85: ['from', 'to', 'vendor'],
  86: ['name'],
  87: ['name'],
  88: ['name', 'organization'],
  89: ['agent_id', 'service_id', 'direction'],
  90: ['name'],
  91: ['name'],
  92: ['name'],
  93: ['name'],
};

export const treatmentPayload = {
  /** 80–83, 86, 87, 90–93: the agent concerned. */
  agent: (agentId: string) => buhphone([['name', agentId]]),
  toSpecialist: (from: string, to: string) => buhphone([['from', from], ['to', to]]),
  /** 85: the receiving specialist is not known yet at the vendor (spec 4.4 prints "?"), so `to` is empty. */
  toVendor: (from: string, vendorId: string) => buhphone([['from', from], ['to', ''], ['vendor', vendorId]]),
  vendorOffHours: (specialistId: string, organizationId: string) => buhphone([['name', specialistId], ['organization', organizationId]]),
  toLine: (specialistId: string, lineId: string, direction: 'to' | 'from') =>
    buhphone([['agent_id', specialistId], ['service_id', lineId], ['direction', direction]]),
};
