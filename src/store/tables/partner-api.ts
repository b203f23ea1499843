import type { TableGroup } from './table-group.js';

/**
 * What PartnerAPI 1.20 keeps beyond the directory: contact information by contact type, a client's
 * KPP / pay method / additional attribute, partner roles, agents (devices), contracts and
 * subscriptions (abonements). Clients, people, regions and support lines are the directory's rows.
 */
export const PARTNER_API_TABLES = {
  sql: `
-- A partner's contact information per region (contact types with code 2).
CREATE TABLE partner_contacts (
  account TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  region_id TEXT NOT NULL,
  contact_type_id TEXT NOT NULL,
  contact_view TEXT NOT NULL,
  PRIMARY KEY (account, partner_id, region_id, contact_type_id)
);

-- A client's contact information (contact types with code 1).
CREATE TABLE client_contacts (
  account TEXT NOT NULL,
  client_id TEXT NOT NULL,
  contact_type_id TEXT NOT NULL,
  contact_view TEXT NOT NULL,
  PRIMARY KEY (account, client_id, contact_type_id)
);

-- Client fields only PartnerAPI has; a client without a row has the defaults.
CREATE TABLE client_details (
  account TEXT NOT NULL,
  client_id TEXT NOT NULL,
  kpp TEXT NOT NULL DEFAULT '',
  pay_method_id INTEGER NOT NULL DEFAULT 0,
  addit_attribute TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (account, client_id)
);

-- Kinds of relationship of a partner (role ids of role_read).
CREATE TABLE partner_roles (
  account TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  role_id TEXT NOT NULL,
  PRIMARY KEY (account, partner_id, role_id)
);

-- Agents (devices): agent_type 1 = a partner's agent held by a specialist, 2 = a client user's agent.
CREATE TABLE agents (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  agent_type INTEGER NOT NULL CHECK (agent_type IN (1, 2)),
  number TEXT NOT NULL,
  password TEXT NOT NULL,
  -- The partner (type 1) or client (type 2) the agent belongs to.
  owner_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX agents_owner ON agents (account, owner_id);
CREATE INDEX agents_number ON agents (account, agent_type, number);
CREATE INDEX agents_user ON agents (account, user_id);

-- The full name of a support line as a service type (service_type_read); a line without a row uses its name.
CREATE TABLE service_type_details (
  account TEXT NOT NULL,
  line_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  PRIMARY KEY (account, line_id)
);

-- A partner's contracts; end_date NULL is open-ended.
CREATE TABLE contracts (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  role_id TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  PRIMARY KEY (account, id)
);

-- Support lines (service types) a contract allows; end_date NULL is open-ended.
CREATE TABLE contract_services (
  account TEXT NOT NULL,
  contract_id TEXT NOT NULL,
  service_type_id TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  PRIMARY KEY (account, contract_id, service_type_id)
);

-- Subscriptions (abonements) of a client user's agent to a support line; end_date NULL is open-ended.
CREATE TABLE services (
  account TEXT NOT NULL,
  id TEXT NOT NULL,
  sale_partner_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  service_partner_id TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  agent_user_id TEXT NOT NULL,
  service_type_id TEXT NOT NULL,
  stopped INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (account, id)
);
CREATE INDEX services_client ON services (account, client_id);
`,
  worldTables: ['service_type_details', 'services', 'contract_services', 'contracts', 'agents', 'partner_roles', 'client_details', 'client_contacts', 'partner_contacts'],
} as const satisfies TableGroup;
