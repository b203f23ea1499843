import type { TableGroup } from './table-group.js';

/**
 * What happens on the support lines, shared by every family that makes it happen: the activity
 * simulator (seed), PartnerNotificationAdd, service requests, BotAPI SendNotification / SendFile.
 * Timestamps are UTC store stamps; every history read filters on them through an index.
 */
export const ACTIVITY_TABLES = {
  sql: `
-- File bytes: uploads for BotAPI (spec 5.8; id is the 43-character FileID) and the files of
-- seeded transfers. A transfer (below) points at one of these.
CREATE TABLE files (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  md5 TEXT NOT NULL,
  size INTEGER NOT NULL,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);

-- Chat messages on support lines (spec 3.5); message_type per spec 4.4 (1 = a text message),
-- message = the text, or the XML payload of a service message.
CREATE TABLE chat_messages (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  message_type INTEGER NOT NULL,
  -- The person who receives support (a client user or a specialist): ServiceUserID.
  service_user_id TEXT NOT NULL,
  -- That person's organisation: ClientID.
  client_id TEXT,
  line_id TEXT NOT NULL,
  author_id TEXT,
  message TEXT NOT NULL,
  message_time TEXT NOT NULL,
  treatment_id TEXT,
  PRIMARY KEY (account, id)
);
CREATE INDEX chat_messages_time ON chat_messages (account, message_time);
CREATE INDEX chat_messages_user ON chat_messages (account, service_user_id, message_time);

-- Files transferred on support lines (spec 3.73); id is the transfer's FileID (a UUID),
-- file_id the stored bytes in files.
CREATE TABLE file_transfers (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  file_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('DOWNLOADED', 'EXPIRED', 'DELETED')),
  owner_user_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  source_agent_id TEXT,
  uploaded_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX file_transfers_time ON file_transfers (account, uploaded_at);

-- What the mock would have sent somewhere: welcome e-mails, notifications, files posted to chats.
CREATE TABLE outbox (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  operation TEXT NOT NULL,
  recipient TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  -- JSON with the details of the item.
  details TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX outbox_time ON outbox (account, created_at);
`,
  worldTables: ['outbox', 'file_transfers', 'chat_messages', 'files'],
} as const satisfies TableGroup;
