import { param, type OperationDetails } from '../../../catalog/define.js';
import type { ParamSpec } from '../../../catalog/types.js';
import { col } from '../../../xml/value-type.js';

const SLA_MINUTES = { min: 0, max: 99_999, integer: true };
const SEARCH_AREAS = ['FOR_MY_CUSTOMERS', 'FOR_CUSTOMERS_IN_MY_REGION', 'FOR_CUSTOMERS_IN_MY_TIME_ZONE', 'FOR_CUSTOMERS_IN_MY_COUNTRY'] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Fields that only the line's owner may set (spec 3.35/3.36: «Доступно для редактирования только для своих линий»). */
const ownLineOnly = { onlyOnOwn: { object: 'ServiceID' } };

/** Every field must exist; StartTime before EndTime, time of day only (spec 3.35/3.36). */
const schedule = param.structure(
  'ScheduleOfServiceAvailability',
  [
    ...DAYS.map((d) => param.boolean(`AvailableOn${d}`, { required: true })),
    param.dateTime('StartTime', { required: true, allowEmpty: true, timeOfDay: true, before: 'EndTime' }),
    param.dateTime('EndTime', { required: true, allowEmpty: true, timeOfDay: true }),
  ],
  { allowEmpty: true },
);

/**
 * The settings of 3.35 in its order; `forEdit` applies 3.36's emptiness rules (DisplayedName and
 * NotifyAtDaysBeforeExpires may not be empty there).
 */
function settings(forEdit: boolean): ParamSpec[] {
  return [
    param.string('DisplayedName', 100, { allowEmpty: !forEdit }),
    // 3.35 spells it DislpayedHint.
    param.string('DisplayedHint', 100, { allowEmpty: true, aliases: ['DislpayedHint'] }),
    param.string('DescriptionLink', 300, { allowEmpty: true }),
    param.string('EMailForNotifications', 1000, { email: 'list' }),
    param.boolean('NotifyBeforeExpires'),
    param.number('NotifyAtDaysBeforeExpires', { integer: true, min: 1, max: 30, allowEmpty: !forEdit }),
    param.string('ServiceUsersAudience', 14, { enum: ['ALL', 'FORSPECIALISTS'] }),
    param.boolean('OfferServiceForClients'),
    param.boolean('OfferServiceForSpecialists'),
    param.boolean('AutoConnectServiceForClients'),
    param.boolean('AutoConnectServiceForSpecialists'),
    param.boolean('AutoAcceptRequestForConnectService'),
    param.number('CloseTreatmentAfterInactivityForSeveralDays', { integer: true, min: 0, max: 90, allowEmpty: true }),
    param.number('MaxQueueTimeBySLA', { ...SLA_MINUTES, allowEmpty: true, ...ownLineOnly }),
    param.number('MaxSpecialistReactionTimeBySLA', { ...SLA_MINUTES, allowEmpty: true, ...ownLineOnly }),
    param.number('MaxTreatmentTimeBySLA', { ...SLA_MINUTES, allowEmpty: true, ...ownLineOnly }),
    param.boolean('NotifyOfNoAppointedSpec', ownLineOnly),
    param.boolean('NotifyOfCriticalQueueLengthReached', ownLineOnly),
    param.number('CriticalQueueLength', { integer: true, min: 1, max: 99, ...ownLineOnly }),
    param.boolean('ScheduleOfServiceAvailabilityEnabled'),
    schedule,
    param.string('MessageDeliveryPriority', 19, { enum: ['NO_PRIORITY', 'FIRST_TO_SPECIALIST', 'FIRST_TO_MANAGER'] }),
    param.number('MaximumQualityMarkToNotifyPartner', { integer: true, min: 0, max: 5, allowEmpty: true, ...ownLineOnly }),
    param.boolean('ServiceQueueLimitEnabled'),
    param.number('ServiceQueueLimit', { integer: true, min: 1, max: 99 }),
    param.boolean('AutoAcceptRequestForImport'),
    param.boolean('EnableFirstLineOnImport'),
    param.boolean('EnableSearch'),
    param.string('SearchAreaVisibility', 29, { enum: SEARCH_AREAS, onlyOnOwn: { object: 'ServiceID', values: SEARCH_AREAS.slice(1) } }),
  ];
}

const serviceId = param.uuid('ServiceID', { required: true, ref: 'line', notDeleted: true });

const READ_COLUMNS = [
  col.id('ServiceID'),
  col.boolean('Deleted'),
  col.string('Name', 50),
  col.string('DisplayedName', 100),
  col.string('DisplayedHint', 100),
  col.string('DescriptionLink', 300),
  col.string('OwnerType', 8),
  col.id('VendorID'),
  col.string('EMailForNotifications', 1000),
  col.boolean('NotifyBeforeExpires'),
  col.number('NotifyAtDaysBeforeExpires', 2),
  col.string('ServiceUsersAudience', 14),
  col.boolean('OfferServiceForClients'),
  col.boolean('OfferServiceForSpecialists'),
  col.boolean('AutoConnectServiceForClients'),
  col.boolean('AutoConnectServiceForSpecialists'),
  col.boolean('AutoAcceptRequestForConnectService'),
  col.number('CloseTreatmentAfterInactivityForSeveralDays', 2),
  col.number('MaxQueueTimeBySLA', 5),
  col.number('MaxSpecialistReactionTimeBySLA', 5),
  col.number('MaxTreatmentTimeBySLA', 5),
  col.boolean('NotifyOfNoAppointedSpec'),
  col.boolean('NotifyOfCriticalQueueLengthReached'),
  col.number('CriticalQueueLength', 2),
  col.boolean('ScheduleOfServiceAvailabilityEnabled'),
  col.structure('ScheduleOfServiceAvailability', [
    ...DAYS.map((d) => col.boolean(`AvailableOn${d}`)),
    col.timeOfDay('StartTime'),
    col.timeOfDay('EndTime'),
  ]),
  col.string('MessageDeliveryPriority', 19),
  col.number('MaximumQualityMarkToNotifyPartner', 1),
  col.boolean('ServiceQueueLimitEnabled'),
  col.number('ServiceQueueLimit', 2),
  col.boolean('AutoAcceptRequestForImport'),
  col.boolean('EnableFirstLineOnImport'),
  col.boolean('RequiringPayment'),
  col.boolean('EnableSearch'),
  col.string('SearchAreaVisibility', 29),
];

/** Spec 3.34–3.37. 3.36 types ServiceID "Строка (50)"; it is the line's UUID as everywhere else. */
export const SUPPORT_LINE_OPERATIONS: Record<string, OperationDetails> = {
  ServiceLineKindRead: { params: [param.dateTime('ChangedFrom')], result: { kind: 'table', columns: READ_COLUMNS } },
  ServiceLineKindAdd: {
    params: [param.string('Name', 50, { required: true }), ...settings(false)],
    result: { kind: 'structure', fields: [col.id('ServiceID')] },
  },
  ServiceLineKindEdit: { params: [serviceId, param.string('Name', 50), ...settings(true)], result: { kind: 'none' } },
  ServiceLineKindDelete: { params: [{ ...serviceId, notDeleted: false, ownOnly: true }], result: { kind: 'none' } },
};
