import { randomUUID } from 'node:crypto';
import { postChatMessage } from '../../../activity/chat.js';
import { SERVICE_REQUEST_MESSAGE, serviceRequestMessageType, serviceRequestPayload } from '../../../activity/chat-payloads/service-requests.js';
import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { insertRow, pickColumns, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';
import { toStoreTimestamp } from '../../../time/account-dates.js';

type Rows = Record<string, unknown>[];

const DICTIONARY_SQL = {
  ServiceRequestChannelRead: `SELECT id AS ServiceRequestChannelID, name AS Name, channel_type AS ChannelType
    FROM service_request_channels WHERE account = ? AND partner_id = ? AND deleted = 0 ORDER BY position, id`,
  ServiceKindRead: `SELECT id AS ServiceKindID, name AS Name, description AS Description, deleted AS Deleted
    FROM service_kinds WHERE account = ? AND partner_id = ? ORDER BY position, id`,
  ServiceRequestTypeRead: `SELECT id AS ServiceRequestTypeID, name AS Name, deleted AS Deleted
    FROM service_request_types WHERE account = ? AND partner_id = ? ORDER BY position, id`,
  ServiceRequestStatusRead: `SELECT id AS ServiceRequestStatusID, name AS Name, status_type AS ServiceRequestStatusIType, deleted AS Deleted
    FROM service_request_statuses WHERE account = ? AND partner_id = ? ORDER BY position, id`,
};

const READ_SQL = `
SELECT id AS ServiceRequestID, number AS Number, created_at AS CreateTime, channel_id AS ServiceRequestChannelID,
       line_id AS ServiceLineKindID, service_kind_id AS ServiceKindID, request_type_id AS ServiceRequestTypeID,
       client_id AS ClientID, user_id AS UserID, executor_id AS ExecutorID, status_id AS ServiceRequestStatusID,
       description AS Description, duration AS Duration, summary AS Summary, priority AS Priority, deadline AS Deadline,
       field1 AS Field1, field2 AS Field2, field3 AS Field3, field4 AS Field4, field5 AS Field5, result AS Result
FROM service_requests WHERE account = ? AND partner_id = ? AND deleted = 0 AND changed_at >= ?
ORDER BY created_at, number`;

const HISTORY_SQL = `
SELECT changed_at AS Time, COALESCE(author_id, '') AS AuthorID, changed_field AS ChangedField, old_value AS OldValue, new_value AS NewValue
FROM service_request_history WHERE account = ? AND request_id = ? ORDER BY seq`;

/** Parameters that are columns of the request. */
const COLUMNS = {
  Description: 'description',
  Duration: 'duration',
  Summary: 'summary',
  Priority: 'priority',
  Deadline: 'deadline',
  Field1: 'field1',
  Field2: 'field2',
  Field3: 'field3',
  Field4: 'field4',
  Field5: 'field5',
};

/** What an edit may change, in the order of 3.64's ChangedField list, with its spelling there. */
const TRACKED: readonly (readonly [param: string, column: string, field: string])[] = [
  ['ServiceRequestChannelID', 'channel_id', 'CHANNEL'],
  ['ExecutorID', 'executor_id', 'EXECUTOR'],
  ['ServiceRequestStatusID', 'status_id', 'STATUS'],
  ['Description', 'description', 'DESCRIPTION'],
  ['Result', 'result', 'RESULT'],
  ['Summary', 'summary', 'SUMMARY'],
  ['Priority', 'priority', 'Priority'],
  ['Deadline', 'deadline', 'Deadline'],
  ['Field1', 'field1', 'Field1'],
  ['Field2', 'field2', 'Field2'],
  ['Field3', 'field3', 'Field3'],
  ['Field4', 'field4', 'Field4'],
  ['Field5', 'field5', 'Field5'],
  ['Duration', 'duration', 'DURATION'],
];

const CLOSED = new Set(['CANCELLED', 'FINISHED']);

interface RequestRow {
  id: string;
  number: string;
  line_id: string;
  client_id: string;
  user_id: string;
  executor_id: string;
  status_id: string;
  result: string;
  [column: string]: unknown;
}

function statusType(ctx: CallContext, statusId: string): string {
  const row = stmt(ctx.db, 'SELECT status_type FROM service_request_statuses WHERE account = ? AND id = ?').get(ctx.account.login, statusId) as
    | { status_type: string }
    | undefined;
  return row?.status_type ?? '';
}

/** The partner's first NEW status: where a request starts when Add names none (WIRE-FORMAT §11). */
function initialStatus(ctx: CallContext): string {
  const row = stmt(
    ctx.db,
    `SELECT id FROM service_request_statuses WHERE account = ? AND partner_id = ? AND status_type = 'NEW' AND deleted = 0 ORDER BY position, id LIMIT 1`,
  ).get(ctx.account.login, ctx.account.partnerId) as { id: string } | undefined;
  if (!row) throw new ApiError('UNCLASSIFIED_ERROR', 'У партнёра нет статуса заявок с типом NEW');
  return row.id;
}

function nextNumber(ctx: CallContext): string {
  const row = stmt(ctx.db, 'SELECT MAX(CAST(number AS INTEGER)) AS n FROM service_requests WHERE account = ? AND partner_id = ?').get(
    ctx.account.login,
    ctx.account.partnerId,
  ) as { n: number | null };
  return String((row.n ?? 0) + 1).padStart(13, '0');
}

function loadRequest(ctx: CallContext, id: string): RequestRow {
  return stmt(ctx.db, 'SELECT * FROM service_requests WHERE account = ? AND id = ?').get(ctx.account.login, id) as RequestRow;
}

/** Messages 121–124 of spec 4.4 in the chat of the request's user on its line; changes made through the API have no author. */
function postRequestMessage(ctx: CallContext, request: RequestRow, messageType: number): void {
  postChatMessage(ctx, {
    messageType,
    serviceUserId: request.user_id,
    clientId: request.client_id,
    lineId: request.line_id,
    authorId: null,
    message: serviceRequestPayload({
      serviceRequestId: request.id,
      transactionId: randomUUID(),
      number: request.number,
      initiatorId: request.user_id,
      executorId: request.executor_id,
      ownerId: ctx.account.partnerId,
    }),
  });
}

/** 3.63: Result is required when the request ends up Cancelled or Finished. */
function ensureResultForClosed(ctx: CallContext, p: Params, current: RequestRow): void {
  const target = (p.ServiceRequestStatusID as string | undefined) ?? current.status_id;
  if (!CLOSED.has(statusType(ctx, target))) return;
  if (p.Result === '') throw new ApiError('EMPTY_PARAM', 'Result');
  if (p.Result === undefined && current.result === '') throw new ApiError('PARAM_NOT_EXIST', 'Result');
}

function add(ctx: CallContext, p: Params) {
  const given = p.ServiceRequestStatusID as string | undefined;
  if (given !== undefined && CLOSED.has(statusType(ctx, given))) {
    throw new ApiError('PARAM_NOT_CORRECT', 'ServiceRequestStatusID: новая заявка не может быть отменена или завершена, для этого нужен Result (ServiceRequestEdit)');
  }
  const user = stmt(ctx.db, 'SELECT client_id FROM client_users WHERE account = ? AND id = ?').get(ctx.account.login, p.UserID) as { client_id: string };
  const number = nextNumber(ctx);
  const id = insertRow(ctx, 'service_requests', {
    partner_id: ctx.account.partnerId,
    number,
    channel_id: p.ServiceRequestChannelID as string,
    line_id: p.ServiceLineKindID as string,
    service_kind_id: p.ServiceKindID as string,
    request_type_id: p.ServiceRequestTypeID as string,
    client_id: user.client_id,
    user_id: p.UserID as string,
    executor_id: p.ExecutorID as string,
    status_id: given ?? initialStatus(ctx),
    ...pickColumns(p, COLUMNS),
  });
  postRequestMessage(ctx, loadRequest(ctx, id), SERVICE_REQUEST_MESSAGE.created);
  return { ServiceRequestID: id, Number: number };
}

function edit(ctx: CallContext, p: Params): void {
  const current = loadRequest(ctx, p.ServiceRequestID as string);
  ensureResultForClosed(ctx, p, current);
  const changes: Record<string, string | number> = {};
  const history = stmt(
    ctx.db,
    `INSERT INTO service_request_history (account, id, request_id, seq, changed_at, author_id, changed_field, old_value, new_value)
     VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM service_request_history WHERE account = ? AND request_id = ?), ?, NULL, ?, ?, ?)`,
  );
  for (const [name, column, field] of TRACKED) {
    const value = p[name];
    if (value === undefined || value === current[column]) continue;
    changes[column] = value as string | number;
    history.run(ctx.account.login, randomUUID(), current.id, ctx.account.login, current.id, toStoreTimestamp(ctx.now), field, String(current[column]), String(value));
  }
  if (Object.keys(changes).length === 0) return;
  updateRow(ctx, 'service_requests', current.id, changes);
  const statusChanged = changes.status_id !== undefined;
  postRequestMessage(ctx, loadRequest(ctx, current.id), serviceRequestMessageType(statusChanged ? statusType(ctx, changes.status_id as string) : undefined));
}

const dictionary = (sql: string): Handler => (ctx) => stmt(ctx.db, sql).all(ctx.account.login, ctx.account.partnerId) as Rows;

export const SERVICE_REQUEST_HANDLERS: Record<string, Handler> = {
  ...Object.fromEntries(Object.entries(DICTIONARY_SQL).map(([name, sql]) => [name, dictionary(sql)])),

  ServiceRequestRead: (ctx, p) =>
    stmt(ctx.db, READ_SQL).all(ctx.account.login, ctx.account.partnerId, toStoreTimestamp(p.PeriodFrom as Date)) as Rows,

  ServiceRequestAdd: add,

  ServiceRequestEdit: edit,

  ServiceRequestHistory: (ctx, p) => stmt(ctx.db, HISTORY_SQL).all(ctx.account.login, p.ServiceRequestID) as Rows,
};
