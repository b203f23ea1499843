import type { WorldFamily } from './world-families.js';
import { ActivityContext } from './activity/activity-context.js';
import { simulateBusinessContact, simulateColleagueChats, simulateSpecialistDay, simulateUserSessions } from './activity/daily-life.js';
import { simulateTreatment } from './activity/treatments.js';
import { DAY, isWeekday, moscowDayStart } from './activity/work-calendar.js';

/** Days of history before the seeding moment. */
export const HISTORY_DAYS = 90;

/** Treatments per day at scale 1: weekdays and weekends. */
const TREATMENTS_PER_WEEKDAY = 36;
const TREATMENTS_PER_WEEKEND_DAY = 3;

/**
 * The history of the demo partner's support lines: HISTORY_DAYS days ending at the seeding moment
 * (`scenario.now`); nothing is dated after it. Treatments with their chat, calls, remote access and
 * files; agents' sessions; softphone calls; comments; colleagues' messages; business contacts.
 * Every event points at people and lines of the world (`src/seed/activity/`).
 */
export const SUPPORT_ACTIVITY: WorldFamily = {
  family: 'support-activity',
  build(kit, world, scenario) {
    const ctx = new ActivityContext(kit, world, scenario);
    const first = moscowDayStart(ctx.now - HISTORY_DAYS * DAY);
    for (let day = first; day <= ctx.now; day += DAY) {
      const weekday = isWeekday(day);
      const perDay = (weekday ? TREATMENTS_PER_WEEKDAY : TREATMENTS_PER_WEEKEND_DAY) * ctx.scale;
      const count = Math.round(perDay * (0.75 + ctx.rng.next() * 0.5));
      for (let i = 0; i < count; i++) simulateTreatment(ctx, day, weekday);
      if (weekday) {
        for (const s of ctx.specialists) simulateSpecialistDay(ctx, s, day);
        simulateColleagueChats(ctx, day);
      }
      simulateUserSessions(ctx, day, weekday);
      if (ctx.rng.chance(0.4 * ctx.scale)) simulateBusinessContact(ctx, day);
    }
  },
};
