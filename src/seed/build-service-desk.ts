import { SEED_EPOCH, WELL_KNOWN, WORLD_SIZES } from '../../seed/demo-world.js';
import {
  CANCEL_REASONS,
  CHANNELS,
  CONFIGURATIONS,
  DEADLINES,
  REQUEST_TOPICS,
  SERVICE_KINDS,
  SERVICE_REQUEST_STATUSES,
  SERVICE_REQUEST_TYPES,
} from '../../seed/service-desk-names.js';
import { serviceRequestMessageType, serviceRequestPayload, SERVICE_REQUEST_MESSAGE } from '../activity/chat-payloads/service-requests.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import type { SeedKit } from './seed-kit.js';
import type { WorldDraft, WorldFamily } from './world-families.js';
import type { ClientRow, ClientUserRow, LineUserRow, SpecialistRow, SqlValue } from './world-rows.js';

type Row = Record<string, SqlValue>;
type StatusType = (typeof SERVICE_REQUEST_STATUSES)[number]['type'];

const EPOCH = Date.parse(SEED_EPOCH) / 1000;
const HOUR = 3600;
const DAY = 24 * HOUR;
const stamp = (seconds: number) => toStoreTimestamp(new Date(seconds * 1000));
/** Request numbers: 13 digits, a sequence per partner (as ServiceRequestAdd numbers them). */
const requestNumber = (n: number) => String(n).padStart(13, '0');

interface Dictionaries {
  channels: string[];
  kinds: string[];
  types: string[];
  statuses: Map<StatusType, string[]>;
}

function buildDictionaries(kit: SeedKit, world: WorldDraft, partner: string): Dictionaries {
  const demo = partner === WELL_KNOWN.partner;
  const id = (wellKnown: string | undefined) => (demo && wellKnown) || kit.uuid();
  const channelIds = [
    demo ? WELL_KNOWN.serviceRequestChannel : WELL_KNOWN.foreignServiceRequestChannel,
    id(WELL_KNOWN.serviceRequestChannelPhone),
  ];
  const channels = CHANNELS.map((c, i) => {
    const row = { id: channelIds[i] ?? kit.uuid(), partner_id: partner, name: c.name, channel_type: c.type, position: i + 1, deleted: 0 };
    world.service_request_channels.push(row);
    return row.id;
  });
  const kindIds = [WELL_KNOWN.serviceKind];
  const kinds = SERVICE_KINDS.map((k, i) => {
    const row = {
      id: k.deleted ? id(WELL_KNOWN.deletedServiceKind) : id(kindIds[i]),
      partner_id: partner,
      name: k.name,
      description: k.description,
      position: i + 1,
      deleted: k.deleted ? 1 : 0,
    };
    world.service_kinds.push(row);
    return row;
  });
  const typeIds = [WELL_KNOWN.serviceRequestType];
  const types = SERVICE_REQUEST_TYPES.map((t, i) => {
    const row = {
      id: t.deleted ? id(WELL_KNOWN.deletedServiceRequestType) : id(typeIds[i]),
      partner_id: partner,
      name: t.name,
      position: i + 1,
      deleted: t.deleted ? 1 : 0,
    };
    world.service_request_types.push(row);
    return row;
  });
  const firstOfType: Record<StatusType, string> = {
    NEW: WELL_KNOWN.statusNew,
    WORK: WELL_KNOWN.statusWork,
    SUSPENDED: WELL_KNOWN.statusSuspended,
    CANCELLED: WELL_KNOWN.statusCancelled,
    FINISHED: WELL_KNOWN.statusFinished,
  };
  const statuses = new Map<StatusType, string[]>();
  SERVICE_REQUEST_STATUSES.forEach((s, i) => {
    const ofType = statuses.get(s.type) ?? [];
    const row = { id: id(ofType.length === 0 ? firstOfType[s.type] : undefined), partner_id: partner, name: s.name, status_type: s.type, position: i + 1, deleted: 0 };
    world.service_request_statuses.push(row);
    statuses.set(s.type, [...ofType, row.id]);
  });
  return {
    channels,
    kinds: kinds.filter((k) => k.deleted === 0).map((k) => k.id),
    types: types.filter((t) => t.deleted === 0).map((t) => t.id),
    statuses,
  };
}

/** The statuses a request went through to reach its current type. */
const PATHS: Record<StatusType, readonly StatusType[][]> = {
  NEW: [['NEW']],
  WORK: [['NEW', 'WORK']],
  SUSPENDED: [['NEW', 'WORK', 'SUSPENDED'], ['NEW', 'SUSPENDED']],
  CANCELLED: [['NEW', 'CANCELLED'], ['NEW', 'WORK', 'CANCELLED']],
  FINISHED: [['NEW', 'WORK', 'FINISHED'], ['NEW', 'WORK', 'SUSPENDED', 'WORK', 'FINISHED']],
};
const FINAL_TYPES: readonly StatusType[] = ['NEW', 'WORK', 'SUSPENDED', 'CANCELLED', 'FINISHED'];

interface Requester {
  userId: string;
  clientId: string;
  lineId: string;
}

/** The demo partner's requests: each on a line where its user is served, in every status, with the edits that led there. */
function buildRequests(kit: SeedKit, world: WorldDraft, dict: Dictionaries): void {
  const partner = WELL_KNOWN.partner;
  const demoLines = new Set(world.support_lines.filter((l) => l.partner_id === partner && l.deleted === 0).map((l) => l.id));
  const users = new Map((world.client_users as ClientUserRow[]).filter((u) => u.deleted === 0).map((u) => [u.id, u]));
  const requesters: Requester[] = (world.line_users as LineUserRow[])
    .filter((lu) => demoLines.has(lu.line_id) && users.has(lu.user_id))
    .map((lu) => ({ userId: lu.user_id, clientId: users.get(lu.user_id)!.client_id, lineId: lu.line_id }));
  const executors = (world.specialists as SpecialistRow[]).filter((s) => s.partner_id === partner && s.deleted === 0).map((s) => s.id);

  const drafts = Array.from({ length: WORLD_SIZES.serviceRequests + 1 }, (_, i) => {
    const wellKnown = i === 0;
    const requester = wellKnown ? { userId: WELL_KNOWN.requesterUser, clientId: WELL_KNOWN.ownClient, lineId: WELL_KNOWN.supportLine } : kit.pick(requesters);
    const finalType = wellKnown ? 'WORK' : (FINAL_TYPES[i % FINAL_TYPES.length] as StatusType);
    const created = kit.faker.number.int({ min: EPOCH - 90 * DAY, max: EPOCH - 2 * DAY });
    return { id: wellKnown ? WELL_KNOWN.serviceRequest : kit.uuid(), requester, finalType, created, wellKnown };
  });
  drafts.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));

  drafts.forEach((d, index) => {
    const topic = kit.pick(REQUEST_TOPICS);
    const finalExecutor = d.wellKnown ? WELL_KNOWN.specialist : kit.pick(executors);
    const reassigned = d.wellKnown || kit.chance(0.3);
    let executor = reassigned ? kit.pick(executors.filter((e) => e !== finalExecutor)) : finalExecutor;
    const path = d.wellKnown ? (['NEW', 'WORK'] as StatusType[]) : kit.pick(PATHS[d.finalType]);
    let status = kit.pick(dict.statuses.get('NEW')!);
    if (d.wellKnown) status = WELL_KNOWN.statusNew;
    const number = requestNumber(index + 1);
    const row: Row = {
      id: d.id,
      partner_id: WELL_KNOWN.partner,
      number,
      channel_id: d.wellKnown ? WELL_KNOWN.serviceRequestChannel : kit.pick(dict.channels),
      line_id: d.requester.lineId,
      service_kind_id: d.wellKnown ? WELL_KNOWN.serviceKind : kit.pick(dict.kinds),
      request_type_id: d.wellKnown ? WELL_KNOWN.serviceRequestType : kit.pick(dict.types),
      client_id: d.requester.clientId,
      user_id: d.requester.userId,
      executor_id: executor,
      status_id: status,
      description: topic.description,
      duration: 0,
      summary: topic.summary,
      priority: kit.faker.helpers.weightedArrayElement([
        { weight: 2, value: 'LOW' },
        { weight: 6, value: 'STANDARD' },
        { weight: 2, value: 'HIGH' },
      ]),
      deadline: kit.pick(DEADLINES),
      field1: kit.pick(CONFIGURATIONS),
      field2: '',
      field3: '',
      field4: '',
      field5: '',
      result: '',
      deleted: 0,
      created_at: stamp(d.created),
      changed_at: stamp(d.created),
    };
    let seq = 0;
    let at = d.created;
    const post = (messageType: number, seconds: number) =>
      world.chat_messages.push({
        id: kit.uuid(),
        message_type: messageType,
        service_user_id: d.requester.userId,
        client_id: d.requester.clientId,
        line_id: d.requester.lineId,
        author_id: executor,
        message: serviceRequestPayload({
          serviceRequestId: d.id,
          transactionId: kit.uuid(),
          number,
          initiatorId: d.requester.userId,
          executorId: executor,
          ownerId: WELL_KNOWN.partner,
        }),
        message_time: stamp(seconds),
        treatment_id: null,
      });
    post(SERVICE_REQUEST_MESSAGE.created, at);

    for (const type of path.slice(1)) {
      at += kit.faker.number.int({ min: HOUR / 4, max: d.wellKnown ? HOUR : 2 * DAY });
      at = Math.min(at, EPOCH - 60);
      const change = (field: string, column: string, value: SqlValue) => {
        world.service_request_history.push({
          id: kit.uuid(),
          request_id: d.id,
          seq: ++seq,
          changed_at: stamp(at),
          author_id: finalExecutor,
          changed_field: field,
          old_value: String(row[column]),
          new_value: String(value),
        });
        row[column] = value;
      };
      if (executor !== finalExecutor && type === 'WORK') {
        change('EXECUTOR', 'executor_id', finalExecutor);
        executor = finalExecutor;
      }
      const next = d.wellKnown ? WELL_KNOWN.statusWork : kit.pick(dict.statuses.get(type)!);
      change('STATUS', 'status_id', next);
      if (type === 'FINISHED') {
        change('RESULT', 'result', topic.result);
        change('DURATION', 'duration', kit.faker.number.int({ min: 10, max: 480 }) * 60);
      }
      if (type === 'CANCELLED') change('RESULT', 'result', kit.pick(CANCEL_REASONS));
      row.changed_at = stamp(at);
      post(serviceRequestMessageType(type), at);
    }
    world.service_requests.push(row);
  });
}

/** The well-known requester: a user of ownClient served on supportLine. */
function addRequesterUser(kit: SeedKit, world: WorldDraft): void {
  const client = (world.clients as ClientRow[]).find((c) => c.id === WELL_KNOWN.ownClient)!;
  const person = kit.person();
  const user: ClientUserRow = {
    id: WELL_KNOWN.requesterUser,
    client_id: WELL_KNOWN.ownClient,
    login: kit.login(100_000, 999_999),
    ...person,
    birthday: kit.birthday(),
    post: 'Главный бухгалтер',
    phone: kit.phone(),
    email: kit.email(person),
    deleted: 0,
    ...kit.stamps(client.created_at),
  };
  world.client_users.push(user);
  world.line_users.push({ line_id: WELL_KNOWN.supportLine, user_id: user.id });
}

export const SERVICE_DESK_FAMILY: WorldFamily = {
  family: 'service-desk',
  build(kit, world) {
    addRequesterUser(kit, world);
    const demo = buildDictionaries(kit, world, WELL_KNOWN.partner);
    buildDictionaries(kit, world, WELL_KNOWN.otherPartner);
    buildRequests(kit, world, demo);
  },
};
