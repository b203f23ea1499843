import { SERVICE_DESK_FAMILY } from './build-service-desk.js';
import { STOREFRONT_FAMILY } from './build-storefront.js';
import { PEOPLE_FAMILY } from './build-people.js';
import { LINES_FAMILY } from './build-lines.js';
import { PARTNER_API_FAMILY } from './build-partner-api.js';
import { SUPPORT_ACTIVITY } from './build-support-activity.js';
import type { SeedKit } from './seed-kit.js';
import type { SqlValue, WorldRows, WorldTable } from './world-rows.js';

/** The world while it is being built: every world table's rows, mutable so a family can fill in columns of rows made before it. */
export type WorldDraft = Record<WorldTable, Record<string, SqlValue>[]> & WorldRows;

/**
 * One family of the demo world beyond the base directory (support lines' details, activity history,
 * service requests, storefront, ...). It gets a kit of its own (`SeedKit.fork(family)`) and the world
 * built so far; it adds rows to the draft, and may fill in columns of rows that exist already.
 */
export interface WorldFamily {
  family: string;
  build(kit: SeedKit, world: WorldDraft, scenario: SeedScenario): void;
}

/**
 * What a seeding is asked for besides the seed: the moment the world is seeded at (activity history
 * ends there and nothing is dated after it) and a scale factor for bigger worlds (1 = the demo size).
 */
export interface SeedScenario {
  now: Date;
  scale: number;
}

/** The families, in the order they are built; a later one sees what the earlier ones made. */
// PartnerAPI first: it gives a base-world user a well-known id, which the later families then refer to.
// The support activity last: it happens between everyone the other families made.
export const WORLD_FAMILIES: readonly WorldFamily[] = [PARTNER_API_FAMILY, PEOPLE_FAMILY, LINES_FAMILY, SERVICE_DESK_FAMILY, STOREFRONT_FAMILY, SUPPORT_ACTIVITY];
