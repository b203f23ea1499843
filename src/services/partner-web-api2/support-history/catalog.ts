import { param, type OperationDetails } from '../../../catalog/define.js';
import type { PeriodSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';

const periodFrom = param.dateTime('PeriodFrom', { required: true });
const periodTo = param.dateTime('PeriodTo');
const clientId = param.uuid('ClientID', { ref: 'client' });
const serviceUserId = param.uuid('ServiceUserID', { ref: 'servedPerson' });
const serviceId = param.uuid('ServiceID', { ref: 'line', notDeleted: true });
const specialistId = param.uuid('SpecialistID', { ref: 'specialist' });
const PERIOD: PeriodSpec = { from: 'PeriodFrom', to: 'PeriodTo' };
const OPENED: PeriodSpec = { from: 'OpenedFrom', to: 'OpenedTo' };

const treatmentHead = [col.id('ServiceTreatmentID'), col.id('ClientID'), col.id('ServiceUserID'), col.id('ServiceID'), col.dateTime('Initialized'), col.dateTime('SpecAppointed')];

const commentColumns = (idColumn: string, authorIsId: boolean) => ({
  kind: 'table' as const,
  columns: [col.id(idColumn), col.dateTime('CommentTime'), authorIsId ? col.id('CommentAuthor') : col.string('CommentAuthor', 0), col.string('Comment', 0)],
});

/** Spec 3.3–3.8, 3.15, 3.45–3.47, 3.55, 3.56, 3.73: what happened on the partner's lines. */
export const SUPPORT_HISTORY_OPERATIONS: Record<string, OperationDetails> = {
  GetHistoryOfAgentSessions: {
    params: [periodFrom, periodTo, param.number('AgentType'), param.uuid('AgentID', { ref: 'servedPerson' })],
    period: PERIOD,
    result: {
      kind: 'table',
      columns: [
        col.id('AgentID'),
        col.dateTime('Started'),
        col.string('AgentVersion', 15),
        col.string('IPv4', 15),
        col.string('MAC', 18),
        col.dateTime('Ended'),
        col.boolean('StartedFromICConf'),
        col.number('AppType', 1),
      ],
    },
  },
  GetHistoryOfServiceCalls: {
    params: [periodFrom, periodTo, clientId, serviceUserId, serviceId, specialistId, param.number('CallResult', { enum: [1, 2] })],
    period: PERIOD,
    result: {
      kind: 'table',
      columns: [
        col.id('CallID'),
        col.id('ClientID'),
        col.id('ServiceUserID'),
        col.id('ServiceID'),
        col.dateTime('CallTime'),
        col.id('CallerID'),
        col.id('CalleeID'),
        col.number('CallResult', 1),
        col.number('Duration', 10),
      ],
    },
  },
  GetHistoryOfServiceChat: {
    params: [periodFrom, periodTo, clientId, serviceUserId, serviceId],
    period: PERIOD,
    result: {
      kind: 'table',
      columns: [
        col.id('MessageID'),
        col.number('MessageType', 3),
        col.id('ServiceUserID'),
        col.id('ServiceID'),
        col.id('AuthorID'),
        col.string('Message', 0),
        col.dateTime('MessageTime'),
        col.id('ServiceTreatmentID'),
      ],
    },
  },
  GetHistoryOfServiceRASessions: {
    params: [periodFrom, periodTo, clientId, serviceUserId, serviceId, specialistId],
    period: PERIOD,
    // WIRE-FORMAT 4: two address columns right after Result, where the live table has two more.
    result: {
      kind: 'table',
      columns: [
        col.id('RAAccessID'),
        col.id('ClientID'),
        col.id('ServiceUserID'),
        col.id('ServiceID'),
        col.id('ServiceTreatmentID'),
        col.id('AgentAsAdmin'),
        col.id('AgentAsHost'),
        col.string('NoIPHost', 36),
        col.boolean('Result'),
        col.string('AdminIPAddress', 15),
        col.string('HostIPAddress', 15),
        col.dateTime('StartTime'),
        col.number('Duration', 10),
        col.number('FilesUploadCount', 10),
        col.number('FilesUploadSize', 15),
        col.number('FilesDownloadCount', 10),
        col.number('FilesDownloadSize', 15),
        col.boolean('AnyComments'),
      ],
    },
  },
  GetHistoryOfServiceTreatments: {
    params: [
      param.dateTime('OpenedFrom', { required: true }),
      param.dateTime('OpenedTo'),
      param.dateTime('ClosedFrom', { rangeEnd: 'ClosedTo' }),
      param.dateTime('ClosedTo'),
      clientId,
      serviceUserId,
      serviceId,
      specialistId,
    ],
    period: OPENED,
    result: {
      kind: 'table',
      columns: [
        ...treatmentHead,
        col.number('QueueWaitingTime', 10),
        col.number('QueueLength', 10),
        col.id('ClosedSpecialistID'),
        col.dateTime('ReactionStarted'),
        col.dateTime('Closed'),
        col.number('Duration', 10),
        col.number('ServiceQualityAssessment', 1),
      ],
    },
  },
  GetOpenedServiceTreatments: {
    params: [param.dateTime('OpenedFrom', { required: true }), param.dateTime('OpenedTo'), clientId, serviceUserId, serviceId, specialistId],
    period: OPENED,
    // The live column order (WIRE-FORMAT 4): QueueLength last.
    result: {
      kind: 'table',
      columns: [...treatmentHead, col.number('QueueWaitingTime', 10), col.id('CurrentSpecialist'), col.dateTime('ReactionStarted'), col.number('QueueLength', 10)],
    },
  },
  GetHistoryOfSIPCalls: {
    params: [periodFrom, periodTo, specialistId],
    period: PERIOD,
    result: {
      kind: 'table',
      columns: [
        col.id('SpecialistID'),
        col.dateTime('CallStartTime'),
        col.string('CallNumber', 0),
        col.number('CallDirection', 1),
        col.number('CallResult', 1),
        col.number('Duration', 10),
      ],
    },
  },
  GetHistoryOfServiceTreatmentsComments: {
    params: [periodFrom, periodTo, clientId, serviceUserId, serviceId, specialistId, param.uuid('ServiceTreatmentID')],
    period: PERIOD,
    result: commentColumns('ServiceTreatmentID', true),
  },
  GetHistoryOfServiceRASessionsComments: {
    params: [periodFrom, periodTo, clientId, serviceUserId, serviceId, specialistId, param.uuid('RAAccessID')],
    period: PERIOD,
    result: commentColumns('RAAccessID', false),
  },
  GetHistoryOfServiceCallsComments: {
    params: [periodFrom, periodTo, clientId, serviceUserId, serviceId, specialistId, param.uuid('CallID')],
    period: PERIOD,
    result: commentColumns('CallID', false),
  },
  GetClientUsageStatistics: {
    params: [param.dateTime('Period', { required: true })],
    period: { from: 'Period' },
    result: {
      kind: 'table',
      columns: [col.id('ClientID'), col.number('ClientType', 1), col.number('UsersWithAuthenticationCount', 10), col.number('UsersWithCommunicationCount', 10)],
    },
  },
  GetHistoryOfColleaguesChat: {
    params: [periodFrom, periodTo, param.uuid('Specialist1ID', { required: true, ref: 'specialist' }), param.uuid('Specialist2ID', { required: true, ref: 'specialist' })],
    period: PERIOD,
    result: { kind: 'table', columns: [col.string('HistoryOfChatHtml', 0)] },
  },
  GetHistoryOfServiceFileTransfer: {
    params: [param.dateTime('PeriodFrom', { requiredByDay: true }), periodTo, param.uuid('OwnerUserID', { ref: 'servedPerson' }), serviceId],
    period: { ...PERIOD, daysWithoutExtendedFeatures: 7 },
    result: {
      kind: 'table',
      columns: [
        col.id('FileID'),
        col.string('Status', 10),
        col.id('OwnerUserID'),
        col.id('ServiceID'),
        col.id('SourceAgentID'),
        col.dateTime('UploadedAt'),
        col.string('FileName', 255),
        col.string('FileExtension', 7),
        col.number('FileSize', 12),
        col.string('DownloadLink', 0),
        col.string('FileCheckSumMD5', 60),
      ],
    },
  },
};
