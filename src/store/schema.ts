import { createHash } from 'node:crypto';
import { ACCOUNT_TABLES } from './tables/accounts.js';
import { ACTIVITY_TABLES } from './tables/activity.js';
import { CLIENT_PEOPLE_TABLES } from './tables/client-people.js';
import { CLIENT_PARAMETER_TABLES } from './tables/client-parameters.js';
import { COMPETENCE_TABLES } from './tables/competences.js';
import { DIRECTORY_TABLES } from './tables/directory.js';
import { SERVICE_DESK_TABLES } from './tables/service-desk.js';
import { STOREFRONT_TABLES } from './tables/storefront.js';
import { ITS_TABLES } from './tables/its.js';
import { PARTNER_API_TABLES } from './tables/partner-api.js';
import { SUPPORT_HISTORY_TABLES } from './tables/support-history.js';
import { SANDBOX_TABLES } from './tables/sandbox.js';

/**
 * The store's schema, one group of tables per area (`src/store/tables/`). Every world row belongs to
 * one API account's world (`account`), so accounts are isolated and each can be reset on its own.
 * Timestamps are UTC, `YYYY-MM-DDTHH:MM:SSZ`; date-only values (birthdays) are `YYYY-MM-DD`.
 * Booleans are 0/1.
 */
const GROUPS = [
  ACCOUNT_TABLES,
  DIRECTORY_TABLES,
  ACTIVITY_TABLES,
  SERVICE_DESK_TABLES,
  STOREFRONT_TABLES,
  CLIENT_PEOPLE_TABLES,
  ITS_TABLES,
  COMPETENCE_TABLES,
  CLIENT_PARAMETER_TABLES,
  PARTNER_API_TABLES,
  SUPPORT_HISTORY_TABLES,
  SANDBOX_TABLES,
] as const;

export const SCHEMA_SQL = GROUPS.map((g) => g.sql).join('\n');

/** The schema's version is its text's digest: a database file made by another schema is refused. */
export const SCHEMA_VERSION = createHash('sha256').update(SCHEMA_SQL).digest().readUInt32BE(0) & 0x7fffffff;

/** Tables that hold an account's world, in an order safe for deletion and for a stable dump. */
export const WORLD_TABLES = [
  ...SUPPORT_HISTORY_TABLES.worldTables,
  ...PARTNER_API_TABLES.worldTables,
  ...STOREFRONT_TABLES.worldTables,
  ...SERVICE_DESK_TABLES.worldTables,
  ...CLIENT_PARAMETER_TABLES.worldTables,
  ...COMPETENCE_TABLES.worldTables,
  ...ACTIVITY_TABLES.worldTables,
  ...CLIENT_PEOPLE_TABLES.worldTables,
  ...ITS_TABLES.worldTables,
  ...DIRECTORY_TABLES.worldTables,
] as const;
