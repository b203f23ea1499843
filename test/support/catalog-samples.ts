import { createHash } from 'node:crypto';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { storeFile } from '../../src/activity/files.js';
import type { OperationSpec, ParamSpec, RefKind, ServiceName } from '../../src/catalog/types.js';
import { CONTACT_TYPE } from '../../src/services/partner-api/dictionaries/values.js';
import type { Db } from '../../src/store/database.js';
import type { ParamInput } from './soap-client.js';

/**
 * Valid values for any catalog parameter, for the contract suite and the hostile corpus: an own,
 * existing object of each kind a reference can name, and a sample of each type.
 */
export const OWN_OBJECT: Record<RefKind, string> = {
  client: WELL_KNOWN.ownClient,
  region: WELL_KNOWN.regionMoscow,
  department: WELL_KNOWN.department,
  specialist: WELL_KNOWN.specialist,
  supportLine: WELL_KNOWN.supportLine,
  recipient: WELL_KNOWN.specialist,
  clientUser: WELL_KNOWN.requesterUser,
  person: WELL_KNOWN.requesterUser,
  serviceRequestChannel: WELL_KNOWN.serviceRequestChannel,
  serviceKind: WELL_KNOWN.serviceKind,
  serviceRequestType: WELL_KNOWN.serviceRequestType,
  serviceRequestStatus: WELL_KNOWN.statusWork,
  serviceRequest: WELL_KNOWN.serviceRequest,
  storefrontProduct: WELL_KNOWN.ownProduct,
  startPicture: WELL_KNOWN.ownStartPicture,
  storefrontBuyRequest: WELL_KNOWN.buyRequest,
  clientDepartment: WELL_KNOWN.ownClientDepartment,
  line: WELL_KNOWN.supportLine,
  clientParameter: WELL_KNOWN.clientParameter,
  serviceUser: WELL_KNOWN.specialist,
  partner: WELL_KNOWN.partner,
  contactType: CONTACT_TYPE.personEmail,
  agentPartner: WELL_KNOWN.agentPartner,
  agentUser: WELL_KNOWN.agentUser,
  contract: WELL_KNOWN.serviceContract,
  service: WELL_KNOWN.service,
  competence: WELL_KNOWN.competence,
  servedPerson: WELL_KNOWN.specialist,
  // Filled from the store by prepareSamples: a client user served on the demo partner's line; an uploaded file.
  consumer: '',
  file: '',
};

/** Where a service needs another own object: BotAPI writes to an own employee on «Моя компания». */
const SERVICE_OBJECT: Partial<Record<ServiceName, Partial<Record<RefKind, string>>>> = {
  BotAPI: { supportLine: WELL_KNOWN.myCompanyLine },
  // PartnerAPI's client user has an agent and contacts of its own.
  PartnerAPI: { clientUser: WELL_KNOWN.clientUser },
};

export const SAMPLE_BYTES = Buffer.from('Проверка', 'utf8');

/** Fills the samples that live in the store; call after each reset of the demo world. */
export function prepareSamples(db: Db): void {
  OWN_OBJECT.consumer = (db.prepare('SELECT user_id FROM line_users WHERE account = ? AND line_id = ? ORDER BY user_id').get('demo', WELL_KNOWN.supportLine) as { user_id: string }).user_id;
  OWN_OBJECT.file = storeFile(db, 'demo', new Date(), 'check.txt', SAMPLE_BYTES);
}

/** A valid value of a parameter, from its catalog record. */
export function sample(spec: ParamSpec, service: ServiceName = 'PartnerWebAPI2'): ParamInput {
  const own = (kind: RefKind) => SERVICE_OBJECT[service]?.[kind] ?? OWN_OBJECT[kind];
  switch (spec.type) {
    case 'uuid':
      return spec.ref ? own(spec.ref) : '6f1c2d3e-4a5b-4c6d-8e7f-000000000001';
    case 'string':
      if (spec.ref) return own(spec.ref);
      if (spec.enum) return String(spec.enum[0]);
      return spec.email ? 'check@example.ru' : 'Проверка'.slice(0, spec.maxLength ?? 8);
    case 'number':
      return spec.enum ? Number(spec.enum[0]) : (spec.min ?? 1);
    case 'boolean':
      return true;
    case 'binary':
      return { typed: 'xs:base64Binary', value: SAMPLE_BYTES.toString('base64') };
    case 'table': {
      const columns = (spec.fields ?? []).filter((c) => c.required);
      return { table: { columns: columns.map((c) => c.name), rows: [columns.map((c) => sample(c, service))] } };
    }
    default:
      return { dateTime: '2024-02-29T10:00:00' };
  }
}

/** The required parameters of an operation with valid values, one left out if named. */
export function minimalParams(op: OperationSpec, without?: string): Record<string, ParamInput> {
  // Required by day too: the contract runs in the day window.
  const required = (op.params ?? []).filter((p) => (p.required || p.requiredByDay) && p.name !== without);
  // A checksum parameter carries the MD5 of the sample bytes.
  return Object.fromEntries(required.map((p) => [p.name, p.md5Of ? createHash('md5').update(SAMPLE_BYTES).digest('hex') : sample(p, op.service)]));
}
