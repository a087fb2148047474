import { addDays, type LocalDate, localDateTime, wallMs, zoneOffsetMs } from './zoned-time';

/** A daily time in a zone, e.g. 09:00 Europe/London. */
export interface DailyTime {
  hour: number;
  minute: number;
  zone: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The instant a daily schedule fires on a local date. Defined once for every case as
 * "the earliest instant at which the local wall clock reads HH:MM or later that day":
 *  - an ordinary day: HH:MM local;
 *  - spring-forward, HH:MM falls in the skipped hour: the first valid minute after it, i.e. the
 *    moment of the clock change (01:30 Europe/London on the last Sunday of March posts at 02:00 BST);
 *  - fall-back, HH:MM happens twice: the first occurrence only, so it posts once.
 */
export function slotOnDate(date: LocalDate, time: DailyTime): number {
  const target = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // Every offset the zone uses within a day either side; transitions are at most one per day.
  const offsets = new Set([target - DAY, target, target + DAY].map((t) => zoneOffsetMs(t, time.zone)));
  const exact = [...offsets].map((o) => target - o).filter((t) => wallAt(t, time.zone) === target);
  if (exact.length > 0) return Math.min(...exact);
  // In a gap: between these two instants the wall clock jumps over `target` exactly once.
  const candidates = [...offsets].map((o) => target - o);
  let lo = Math.min(...candidates); // wall clock still before target
  let hi = Math.max(...candidates); // wall clock already past target
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (wallAt(mid, time.zone) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

function wallAt(instant: number, zone: string): number {
  return wallMs(localDateTime(instant, zone));
}

/** The local calendar date at an instant. */
export function localDateOf(instant: number, zone: string): LocalDate {
  const { year, month, day } = localDateTime(instant, zone);
  return { year, month, day };
}

/** The first slot strictly after `after`. */
export function nextSlot(time: DailyTime, after: number): number {
  let date = addDays(localDateOf(after, time.zone), -1);
  for (let i = 0; i < 4; i++, date = addDays(date, 1)) {
    const slot = slotOnDate(date, time);
    if (slot > after) return slot;
  }
  throw new Error(`no slot found after ${new Date(after).toISOString()} in ${time.zone}`);
}

/** Every slot in (from, to], oldest first. */
export function slotsBetween(time: DailyTime, from: number, to: number): number[] {
  const slots: number[] = [];
  let date = addDays(localDateOf(from, time.zone), -1);
  const last = addDays(localDateOf(to, time.zone), 1);
  for (
    ;
    Date.UTC(date.year, date.month - 1, date.day) <= Date.UTC(last.year, last.month - 1, last.day);
    date = addDays(date, 1)
  ) {
    const slot = slotOnDate(date, time);
    if (slot > from && slot <= to) slots.push(slot);
  }
  return slots;
}
