import { type DailyTime, localDateOf, slotOnDate } from './daily-slots';
import { addDays } from './zoned-time';

/** The longest window a follow-up weighs, as a digest lists (7 days): the rest since its last post is counted. */
const WINDOW_DAYS = 7;

export interface FollowUpWindow {
  /** News from here (ISO) is weighed: the last post, or this slot's time 7 days before when that is later. */
  since: string;
  /** When the window cut the news short: the last post (ISO), from which the stories before `since` are counted. */
  countedFrom?: string;
}

/**
 * What a follow-up posting `slot` weighs. Switched off for weeks, it weighed every story stored since its last post
 * (each one's analysis read), for a post about this week. The week is 7 local days back at the schedule's time, as
 * the digest's, so a clock change moves it with the slot.
 */
export function followUpWindow(options: { since: string; slot: number; time: DailyTime }): FollowUpWindow {
  const date = localDateOf(options.slot, options.time.zone);
  const weekBefore = slotOnDate(addDays(date, -WINDOW_DAYS), options.time);
  const since = Date.parse(options.since);
  if (!(since < weekBefore)) return { since: options.since };
  return { since: new Date(weekBefore).toISOString(), countedFrom: options.since };
}
