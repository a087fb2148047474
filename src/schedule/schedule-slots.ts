import type { Schedule } from '../store/schedule-repository';
import { type DailyTime, localDateOf, nextSlot, slotOnDate, slotsBetween } from './daily-slots';
import { parseScheduleTime } from './schedule-input';

/** A stored schedule's daily time (stored values were validated when the schedule was made). */
export function dailyTimeOf(schedule: Schedule): DailyTime {
  const { hour, minute } = parseScheduleTime(schedule.time);
  return { hour, minute, zone: schedule.timezone };
}

/** The next slot after `after`, never one at or before the schedule was made or last moved. */
export function nextSlotOf(schedule: Schedule, after: number): number {
  return nextSlot(dailyTimeOf(schedule), Math.max(after, Date.parse(schedule.owedFrom)));
}

/** Slots in (from, to] that the schedule owes (none from before it was made or last moved). */
export function slotsOwed(schedule: Schedule, from: number, to: number): number[] {
  return slotsBetween(dailyTimeOf(schedule), Math.max(from, Date.parse(schedule.owedFrom)), to);
}

/** Our slot for the local day of a node-cron fire time (node-cron and we may differ on DST days). */
export function slotForFire(schedule: Schedule, fireTime: number): number {
  const time = dailyTimeOf(schedule);
  return slotOnDate(localDateOf(fireTime, time.zone), time);
}
