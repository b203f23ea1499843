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
export const WORLD_FAMILIES: readonly WorldFamily[] = [SUPPORT_ACTIVITY];
