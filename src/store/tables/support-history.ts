import type { TableGroup } from './table-group.js';

/**
 * The history of the support lines that the GetHistoryOf* operations read (spec 3.3–3.8, 3.15,
 * 3.45–3.47, 3.55, 3.56): agents' sessions, treatments (обращения), calls, remote-access sessions,
 * softphone calls, comments, colleagues' messages, and the partner's notifications (3.16).
 * Every row belongs to the account's partner's view of its lines (own and imported). Each read
 * filters on its time column through an index.
 */
export const SUPPORT_HISTORY_TABLES = {
  sql: `
-- Agent (program) sessions, spec 3.3. agent_type 1 = a client's user, 2 = the partner's specialist.
CREATE TABLE agent_sessions (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  agent_type INTEGER NOT NULL CHECK (agent_type IN (1, 2)),
  -- The user's organisation; null for the partner's own specialists.
  client_id TEXT,
  started TEXT NOT NULL,
  -- Null while the session is still on.
  ended TEXT,
  agent_version TEXT NOT NULL,
  ipv4 TEXT NOT NULL,
  mac TEXT NOT NULL,
  from_1c INTEGER NOT NULL,
  app_type INTEGER NOT NULL CHECK (app_type BETWEEN 1 AND 4),
  PRIMARY KEY (account, id)
);
CREATE INDEX agent_sessions_started ON agent_sessions (account, started);

-- Treatments (обращения), spec 3.7/3.8: open while closed is null.
CREATE TABLE treatments (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT,
  service_user_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  initialized TEXT NOT NULL,
  spec_appointed TEXT,
  -- Seconds in the queue; null when a specialist was appointed at once (or not yet).
  queue_waiting_time INTEGER,
  queue_length INTEGER NOT NULL,
  -- The specialist working on it now, or the one who closed it.
  specialist_id TEXT,
  reaction_started TEXT,
  closed TEXT,
  duration INTEGER,
  -- 0 = not rated, 1..5 otherwise.
  quality INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account, id)
);
CREATE INDEX treatments_initialized ON treatments (account, initialized);
CREATE INDEX treatments_closed ON treatments (account, closed);

-- Comments to a treatment's quality mark, spec 3.45.
CREATE TABLE treatment_comments (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  treatment_id TEXT NOT NULL,
  comment_time TEXT NOT NULL,
  author_id TEXT NOT NULL,
  comment TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX treatment_comments_time ON treatment_comments (account, comment_time);

-- Calls on the support lines, spec 3.4. result 1 = successful, 2 = not.
CREATE TABLE calls (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT,
  service_user_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  treatment_id TEXT,
  specialist_id TEXT NOT NULL,
  call_time TEXT NOT NULL,
  caller_id TEXT NOT NULL,
  callee_id TEXT NOT NULL,
  result INTEGER NOT NULL CHECK (result IN (1, 2)),
  duration INTEGER NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX calls_time ON calls (account, call_time);

-- Comments to calls, spec 3.47; author is the commenting agent's id.
CREATE TABLE call_comments (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  call_id TEXT NOT NULL,
  comment_time TEXT NOT NULL,
  author TEXT NOT NULL,
  comment TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX call_comments_time ON call_comments (account, comment_time);

-- Remote-access sessions, spec 3.6. The admin is the specialist, the host the user served.
CREATE TABLE ra_sessions (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT,
  service_user_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  treatment_id TEXT,
  admin_agent_id TEXT NOT NULL,
  host_agent_id TEXT NOT NULL,
  noip_host TEXT NOT NULL,
  result INTEGER NOT NULL,
  admin_ip TEXT NOT NULL,
  host_ip TEXT NOT NULL,
  start_time TEXT NOT NULL,
  duration INTEGER NOT NULL,
  files_upload_count INTEGER NOT NULL,
  files_upload_size INTEGER NOT NULL,
  files_download_count INTEGER NOT NULL,
  files_download_size INTEGER NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX ra_sessions_time ON ra_sessions (account, start_time);

-- Comments to remote-access sessions, spec 3.46.
CREATE TABLE ra_comments (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  ra_session_id TEXT NOT NULL,
  comment_time TEXT NOT NULL,
  author TEXT NOT NULL,
  comment TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX ra_comments_time ON ra_comments (account, comment_time);
CREATE INDEX ra_comments_session ON ra_comments (account, ra_session_id);

-- Softphone calls of the partner's specialists, spec 3.15. direction 0 out, 1 in; result 0 ok, 1 busy, 2 no answer.
CREATE TABLE sip_calls (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  specialist_id TEXT NOT NULL,
  start_time TEXT NOT NULL,
  call_number TEXT NOT NULL,
  direction INTEGER NOT NULL,
  result INTEGER NOT NULL,
  duration INTEGER NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX sip_calls_time ON sip_calls (account, start_time);

-- Messages between the partner's specialists, spec 3.56.
CREATE TABLE colleague_messages (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  author_id TEXT NOT NULL,
  recipient_id TEXT NOT NULL,
  message_time TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX colleague_messages_time ON colleague_messages (account, message_time);

-- Notifications of PartnerNotificationAdd (spec 3.16); delivered_at is set when their chat messages are posted.
CREATE TABLE partner_notifications (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  subject TEXT NOT NULL,
  text TEXT NOT NULL,
  description_hint TEXT NOT NULL,
  description_url TEXT NOT NULL,
  scheduled_at TEXT,
  created_at TEXT NOT NULL,
  delivered_at TEXT,
  PRIMARY KEY (account, id)
);
CREATE INDEX partner_notifications_due ON partner_notifications (account, delivered_at, scheduled_at);

CREATE TABLE partner_notification_recipients (
  account TEXT NOT NULL,
  notification_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  service_user_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  PRIMARY KEY (account, notification_id, position)
);
`,
  worldTables: [
    'partner_notification_recipients',
    'partner_notifications',
    'colleague_messages',
    'sip_calls',
    'ra_comments',
    'ra_sessions',
    'call_comments',
    'calls',
    'treatment_comments',
    'treatments',
    'agent_sessions',
  ],
} as const satisfies TableGroup;
