import type { CallContext, Handler, ParamStructure, Params } from '../../../pipeline/call-context.js';
import { refreshClientVisibility, thirdPartyClientsOnLine } from '../../../store/client-visibility.js';
import { changedSince, insertRow, updateRow } from '../../../store/rows.js';
import { stmt } from '../../../store/statements.js';

type SqlValue = string | number | null;

/** Parameter → column of support_lines; booleans are stored as 0/1. */
const COLUMNS: Record<string, string> = {
  Name: 'name',
  DisplayedName: 'displayed_name',
  DisplayedHint: 'displayed_hint',
  DescriptionLink: 'description_link',
  EMailForNotifications: 'notify_emails',
  NotifyBeforeExpires: 'notify_before_expires',
  NotifyAtDaysBeforeExpires: 'notify_days_before_expires',
  ServiceUsersAudience: 'users_audience',
  OfferServiceForClients: 'offer_for_clients',
  OfferServiceForSpecialists: 'offer_for_specialists',
  AutoConnectServiceForClients: 'auto_connect_clients',
  AutoConnectServiceForSpecialists: 'auto_connect_specialists',
  AutoAcceptRequestForConnectService: 'auto_accept_connect',
  CloseTreatmentAfterInactivityForSeveralDays: 'close_after_inactive_days',
  MaxQueueTimeBySLA: 'max_queue_minutes',
  MaxSpecialistReactionTimeBySLA: 'max_reaction_minutes',
  MaxTreatmentTimeBySLA: 'max_treatment_minutes',
  NotifyOfNoAppointedSpec: 'notify_no_appointed',
  NotifyOfCriticalQueueLengthReached: 'notify_critical_queue',
  CriticalQueueLength: 'critical_queue_length',
  ScheduleOfServiceAvailabilityEnabled: 'schedule_enabled',
  MessageDeliveryPriority: 'delivery_priority',
  MaximumQualityMarkToNotifyPartner: 'max_mark_to_notify',
  ServiceQueueLimitEnabled: 'queue_limit_enabled',
  ServiceQueueLimit: 'queue_limit',
  AutoAcceptRequestForImport: 'auto_accept_import',
  EnableFirstLineOnImport: 'first_line_on_import',
  EnableSearch: 'enable_search',
  SearchAreaVisibility: 'search_visibility',
};

const SCHEDULE_COLUMNS: Record<string, string> = {
  AvailableOnMonday: 'available_mon',
  AvailableOnTuesday: 'available_tue',
  AvailableOnWednesday: 'available_wed',
  AvailableOnThursday: 'available_thu',
  AvailableOnFriday: 'available_fri',
  AvailableOnSaturday: 'available_sat',
  AvailableOnSunday: 'available_sun',
  StartTime: 'schedule_start',
  EndTime: 'schedule_end',
};

/** Spec 3.35: an empty NotifyAtDaysBeforeExpires means the default of 10 days. */
const DEFAULT_NOTIFY_DAYS = 10;

function toColumns(p: Params | ParamStructure, mapping: Record<string, string>): Record<string, SqlValue> {
  const out: Record<string, SqlValue> = {};
  for (const [name, column] of Object.entries(mapping)) {
    const v = p[name];
    if (v === undefined) continue;
    out[column] = typeof v === 'boolean' ? (v ? 1 : 0) : (v as SqlValue);
  }
  return out;
}

function changes(p: Params): Record<string, SqlValue> {
  const out = toColumns(p, COLUMNS);
  if (out.notify_days_before_expires === 0) out.notify_days_before_expires = DEFAULT_NOTIFY_DAYS;
  const schedule = p.ScheduleOfServiceAvailability;
  if (schedule !== undefined) Object.assign(out, toColumns(schedule as ParamStructure, SCHEDULE_COLUMNS));
  return out;
}

/** The partner's lines: own ones (INTERNAL, or EXPORTED when another partner imports them) and imported ones (IMPORTED, with the vendor). */
const READ_SQL = `
SELECT l.*,
  CASE WHEN l.kind = 'imported' THEN 'IMPORTED'
       WHEN EXISTS (SELECT 1 FROM support_lines i WHERE i.account = l.account AND i.source_line_id = l.id AND i.deleted = 0) THEN 'EXPORTED'
       ELSE 'INTERNAL' END AS owner_type,
  src.partner_id AS vendor_id
FROM support_lines l
LEFT JOIN support_lines src ON l.kind = 'imported' AND src.account = l.account AND src.id = l.source_line_id
WHERE l.account = @account AND l.partner_id = @partner AND l.changed_at >= @since AND (l.deleted = 0 OR @since <> '')
ORDER BY l.name, l.id`;

type LineRow = Record<string, SqlValue>;

function toResult(l: LineRow): Record<string, unknown> {
  const row: Record<string, unknown> = { ServiceID: l.id, Deleted: l.deleted, OwnerType: l.owner_type, VendorID: l.vendor_id, RequiringPayment: l.requiring_payment };
  for (const [name, column] of Object.entries(COLUMNS)) row[name] = l[column];
  const schedule: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(SCHEDULE_COLUMNS)) schedule[name] = l[column];
  // Spec 3.34: without the schedule in use the element is Undefined.
  row.ScheduleOfServiceAvailability = l.schedule_enabled === 1 ? schedule : null;
  return row;
}

function isDeleted(ctx: CallContext, id: unknown): boolean {
  return (stmt(ctx.db, 'SELECT deleted FROM support_lines WHERE account = ? AND id = ?').get(ctx.account.login, id) as { deleted: number }).deleted === 1;
}

export const SUPPORT_LINE_HANDLERS: Record<string, Handler> = {
  ServiceLineKindRead: (ctx, p) =>
    (stmt(ctx.db, READ_SQL).all({ account: ctx.account.login, partner: ctx.account.partnerId, since: changedSince(p) }) as LineRow[]).map(toResult),

  ServiceLineKindAdd: (ctx, p) => ({ ServiceID: insertRow(ctx, 'support_lines', { partner_id: ctx.account.partnerId, kind: 'own', ...changes(p) }) }),

  ServiceLineKindEdit: (ctx, p) => updateRow(ctx, 'support_lines', p.ServiceID as string, changes(p)),

  /** Its people are no longer served here: third-party clients seen only through this line disappear. */
  ServiceLineKindDelete: (ctx, p) => {
    if (isDeleted(ctx, p.ServiceID)) return;
    updateRow(ctx, 'support_lines', p.ServiceID as string, { deleted: 1 });
    for (const client of thirdPartyClientsOnLine(ctx, p.ServiceID as string)) refreshClientVisibility(ctx, client);
  },
};
