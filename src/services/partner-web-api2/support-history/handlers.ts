import { colleaguesChatArchive } from '../../../activity/colleagues-chat.js';
import { deliverDueNotifications } from '../../../activity/notifications.js';
import type { Handler } from '../../../pipeline/call-context.js';
import { toStoreTimestamp } from '../../../time/account-dates.js';
import { readFileTransfers } from './file-transfers.js';
import { readHistory, timeParam, upTo, type HistorySource } from './history-query.js';
import { usageStatistics } from './usage-statistics.js';

const AGENT_SESSIONS: HistorySource = {
  select: `SELECT agent_id AS AgentID, started AS Started, agent_version AS AgentVersion, ipv4 AS IPv4, mac AS MAC, ended AS Ended,
    from_1c AS StartedFromICConf, app_type AS AppType FROM agent_sessions s WHERE s.account = ?`,
  time: 's.started',
  filters: { AgentID: 's.agent_id' },
  orderBy: 's.started, s.id',
};

const CALLS: HistorySource = {
  select: `SELECT id AS CallID, client_id AS ClientID, service_user_id AS ServiceUserID, line_id AS ServiceID, call_time AS CallTime,
    caller_id AS CallerID, callee_id AS CalleeID, result AS CallResult, duration AS Duration FROM calls c WHERE c.account = ?`,
  time: 'c.call_time',
  filters: { ClientID: 'c.client_id', ServiceUserID: 'c.service_user_id', ServiceID: 'c.line_id', SpecialistID: 'c.specialist_id', CallResult: 'c.result' },
  orderBy: 'c.call_time, c.id',
};

const CHAT: HistorySource = {
  select: `SELECT id AS MessageID, message_type AS MessageType, service_user_id AS ServiceUserID, line_id AS ServiceID, author_id AS AuthorID,
    message AS Message, message_time AS MessageTime, treatment_id AS ServiceTreatmentID FROM chat_messages m WHERE m.account = ?`,
  time: 'm.message_time',
  filters: { ClientID: 'm.client_id', ServiceUserID: 'm.service_user_id', ServiceID: 'm.line_id' },
  orderBy: 'm.message_time, m.rowid',
};

const RA_SESSIONS: HistorySource = {
  select: `SELECT id AS RAAccessID, client_id AS ClientID, service_user_id AS ServiceUserID, line_id AS ServiceID, treatment_id AS ServiceTreatmentID,
    admin_agent_id AS AgentAsAdmin, host_agent_id AS AgentAsHost, noip_host AS NoIPHost, result AS Result, admin_ip AS AdminIPAddress,
    host_ip AS HostIPAddress, start_time AS StartTime, duration AS Duration, files_upload_count AS FilesUploadCount,
    files_upload_size AS FilesUploadSize, files_download_count AS FilesDownloadCount, files_download_size AS FilesDownloadSize,
    EXISTS (SELECT 1 FROM ra_comments k WHERE k.account = r.account AND k.ra_session_id = r.id) AS AnyComments
    FROM ra_sessions r WHERE r.account = ?`,
  time: 'r.start_time',
  filters: { ClientID: 'r.client_id', ServiceUserID: 'r.service_user_id', ServiceID: 'r.line_id', SpecialistID: 'r.admin_agent_id' },
  orderBy: 'r.start_time, r.id',
};

const TREATMENT_FILTERS = { ClientID: 't.client_id', ServiceUserID: 't.service_user_id', ServiceID: 't.line_id', SpecialistID: 't.specialist_id' };
const TREATMENT_HEAD = `id AS ServiceTreatmentID, client_id AS ClientID, service_user_id AS ServiceUserID, line_id AS ServiceID,
  initialized AS Initialized, spec_appointed AS SpecAppointed, queue_waiting_time AS QueueWaitingTime, queue_length AS QueueLength,
  reaction_started AS ReactionStarted`;

const CLOSED_TREATMENTS: HistorySource = {
  select: `SELECT ${TREATMENT_HEAD}, specialist_id AS ClosedSpecialistID, closed AS Closed, duration AS Duration,
    quality AS ServiceQualityAssessment FROM treatments t WHERE t.account = ?`,
  time: 't.initialized',
  filters: TREATMENT_FILTERS,
  where: ['t.closed IS NOT NULL', 't.closed >= ?', 't.closed <= ?'],
  orderBy: 't.initialized, t.id',
};

/** Open at the account's now: not closed yet, or closed only after now (the clock was moved back). */
const OPEN_TREATMENTS: HistorySource = {
  select: `SELECT ${TREATMENT_HEAD}, specialist_id AS CurrentSpecialist FROM treatments t WHERE t.account = ?`,
  time: 't.initialized',
  filters: TREATMENT_FILTERS,
  where: ['(t.closed IS NULL OR t.closed > ?)'],
  orderBy: 't.initialized, t.id',
};

const SIP_CALLS: HistorySource = {
  select: `SELECT specialist_id AS SpecialistID, start_time AS CallStartTime, call_number AS CallNumber, direction AS CallDirection,
    result AS CallResult, duration AS Duration FROM sip_calls s WHERE s.account = ?`,
  time: 's.start_time',
  filters: { SpecialistID: 's.specialist_id' },
  orderBy: 's.start_time, s.id',
};

const TREATMENT_COMMENTS: HistorySource = {
  select: `SELECT k.treatment_id AS ServiceTreatmentID, k.comment_time AS CommentTime, k.author_id AS CommentAuthor, k.comment AS Comment
    FROM treatment_comments k JOIN treatments t ON t.account = k.account AND t.id = k.treatment_id WHERE k.account = ?`,
  time: 'k.comment_time',
  filters: { ...TREATMENT_FILTERS, ServiceTreatmentID: 'k.treatment_id' },
  orderBy: 'k.comment_time, k.id',
};

const RA_COMMENTS: HistorySource = {
  select: `SELECT k.ra_session_id AS RAAccessID, k.comment_time AS CommentTime, k.author AS CommentAuthor, k.comment AS Comment
    FROM ra_comments k JOIN ra_sessions r ON r.account = k.account AND r.id = k.ra_session_id WHERE k.account = ?`,
  time: 'k.comment_time',
  filters: { ClientID: 'r.client_id', ServiceUserID: 'r.service_user_id', ServiceID: 'r.line_id', SpecialistID: 'r.admin_agent_id', RAAccessID: 'k.ra_session_id' },
  orderBy: 'k.comment_time, k.id',
};

const CALL_COMMENTS: HistorySource = {
  select: `SELECT k.call_id AS CallID, k.comment_time AS CommentTime, k.author AS CommentAuthor, k.comment AS Comment
    FROM call_comments k JOIN calls c ON c.account = k.account AND c.id = k.call_id WHERE k.account = ?`,
  time: 'k.comment_time',
  filters: { ClientID: 'c.client_id', ServiceUserID: 'c.service_user_id', ServiceID: 'c.line_id', SpecialistID: 'c.specialist_id', CallID: 'k.call_id' },
  orderBy: 'k.comment_time, k.id',
};

/** Every history read's source, for checks of their query plans. */
export const HISTORY_SOURCES: Readonly<Record<string, HistorySource>> = {
  AGENT_SESSIONS,
  CALLS,
  CHAT,
  RA_SESSIONS,
  CLOSED_TREATMENTS,
  OPEN_TREATMENTS,
  SIP_CALLS,
  TREATMENT_COMMENTS,
  RA_COMMENTS,
  CALL_COMMENTS,
};

const far = (v: unknown) => (v instanceof Date ? toStoreTimestamp(v) : undefined);

export const SUPPORT_HISTORY_HANDLERS: Record<string, Handler> = {
  GetHistoryOfAgentSessions: (ctx, p) => {
    // Spec 3.3: another AgentType than 1 or 2 sets no filter and is no error.
    const type = p.AgentType === 1 || p.AgentType === 2 ? p.AgentType : undefined;
    const source = type === undefined ? AGENT_SESSIONS : { ...AGENT_SESSIONS, where: ['s.agent_type = ?'] };
    return readHistory(ctx, p, source, 'PeriodFrom', 'PeriodTo', type === undefined ? [] : [type]);
  },
  GetHistoryOfServiceCalls: (ctx, p) => readHistory(ctx, p, CALLS),
  GetHistoryOfServiceChat: (ctx, p) => {
    deliverDueNotifications(ctx);
    return readHistory(ctx, p, CHAT);
  },
  GetHistoryOfServiceRASessions: (ctx, p) => readHistory(ctx, p, RA_SESSIONS),
  GetHistoryOfServiceTreatments: (ctx, p) =>
    readHistory(ctx, p, CLOSED_TREATMENTS, 'OpenedFrom', 'OpenedTo', [far(p.ClosedFrom) ?? '', minNow(far(p.ClosedTo), toStoreTimestamp(ctx.now))]),
  GetOpenedServiceTreatments: (ctx, p) => readHistory(ctx, p, OPEN_TREATMENTS, 'OpenedFrom', 'OpenedTo', [toStoreTimestamp(ctx.now)]),
  GetHistoryOfSIPCalls: (ctx, p) => readHistory(ctx, p, SIP_CALLS),
  GetHistoryOfServiceTreatmentsComments: (ctx, p) => readHistory(ctx, p, TREATMENT_COMMENTS),
  GetHistoryOfServiceRASessionsComments: (ctx, p) => readHistory(ctx, p, RA_COMMENTS),
  GetHistoryOfServiceCallsComments: (ctx, p) => readHistory(ctx, p, CALL_COMMENTS),
  GetClientUsageStatistics: (ctx, p) => usageStatistics(ctx, p.Period as Date),
  GetHistoryOfColleaguesChat: (ctx, p) => ({
    HistoryOfChatHtml: colleaguesChatArchive(ctx, {
      first: String(p.Specialist1ID),
      second: String(p.Specialist2ID),
      from: timeParam(p.PeriodFrom) ?? '',
      to: upTo(ctx, p.PeriodTo),
      tz: ctx.account.tzOffsetMinutes,
    }),
  }),
  GetHistoryOfServiceFileTransfer: (ctx, p) => readFileTransfers(ctx, p),
};

function minNow(given: string | undefined, now: string): string {
  return given !== undefined && given < now ? given : now;
}
