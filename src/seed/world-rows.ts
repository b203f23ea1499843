import type { WORLD_TABLES } from '../store/schema.js';

/** Row shapes of the world tables, without the `account` column. */
export type WorldTable = (typeof WORLD_TABLES)[number];

/** A cell; Buffers are blobs (file contents). */
export type SqlValue = string | number | null | Buffer;
export type SqlRow = Readonly<Record<string, SqlValue>>;

type Flag = 0 | 1;

export type Stamps = { created_at: string; changed_at: string };

export type RegionRow = { id: string; name: string; time_zone?: number };

export type PartnerRow = { id: string; kind: 'self' | 'vendor' | 'partner'; name: string };

export type PartnerRegionRow = { partner_id: string; region_id: string };

export type ClientRow = Stamps & {
  id: string;
  owner_partner_id: string;
  kind: 'client' | 'partner';
  name: string;
  full_name: string;
  region_id: string | null;
  inn: string;
  reg_number_ppic: string;
  client_manager_id: string | null;
  service_manager_id: string | null;
  deleted: Flag;
};

export type ClientVisibilityRow = { partner_id: string; client_id: string };

export type PersonName = { name: string; surname: string; secondary_name: string };

export type ClientUserRow = Stamps & PersonName & {
  id: string;
  client_id: string;
  login: number;
  birthday: string | null;
  post: string;
  phone: string;
  email: string;
  deleted: Flag;
};

export type DepartmentRow = Stamps & { id: string; partner_id: string; name: string; deleted: Flag };

export type SpecialistRow = Stamps & PersonName & {
  id: string;
  partner_id: string;
  login: number;
  birthday: string | null;
  post: string;
  department_id: string | null;
  phone: string;
  email: string;
  password: string;
  deleted: Flag;
};

export type SupportLineRow = Stamps & {
  id: string;
  partner_id: string;
  name: string;
  kind: 'own' | 'imported';
  source_line_id: string | null;
  deleted: Flag;
};

export type LineUserRow = { line_id: string; user_id: string };

export interface WorldRows {
  regions: RegionRow[];
  partners: PartnerRow[];
  partner_regions: PartnerRegionRow[];
  clients: ClientRow[];
  client_visibility: ClientVisibilityRow[];
  client_users: ClientUserRow[];
  departments: DepartmentRow[];
  specialists: SpecialistRow[];
  support_lines: SupportLineRow[];
  line_users: LineUserRow[];
}

// Compile-time check: every seeded table is a world table, so deleteWorld and dumpWorld cover it.
type WorldTablesOnly<T extends WorldTable> = T;
export type SeededTable = WorldTablesOnly<keyof WorldRows>;
