import { daysBetween, type LocalDate, localDateTime } from '../src/schedule/zoned-time';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const capital = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
const weekdayOf = (date: LocalDate) => new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();

/**
 * What a day said with a daily schedule comes to ("follow ferry tomorrow at 9am"): the schedule starts now and
 * posts at every slot, so its first post may come before the day named. The reply names the first one's day
 * rather than leave "tomorrow" to be taken as a start date it is not.
 */
export function startDayNote(options: {
  /** The day as said: "today", "tonight", "tomorrow" or a weekday, lower-case. */
  day: string;
  /** The schedule's first slot (epoch ms), its zone and time ("09:00"), and now. */
  slot: number;
  zone: string;
  time: string;
  now: number;
  what: 'Follow-ups' | 'Digests';
}): string {
  const today = localDateTime(options.now, options.zone);
  const first = localDateTime(options.slot, options.zone);
  const offset = daysBetween(today, first);
  const { day } = options;
  const wanted =
    day === 'today' || day === 'tonight'
      ? 0
      : day === 'tomorrow'
        ? 1
        : (WEEKDAYS.indexOf(day) - weekdayOf(today) + 7) % 7;
  const label = offset === 0 ? 'today' : offset === 1 ? 'tomorrow' : `on ${capital(WEEKDAYS[weekdayOf(first)]!)}`;
  if (offset === wanted) return ` That is ${label}, as asked; then one every day.`;
  if (offset < wanted) {
    const named = wanted === 1 ? 'tomorrow’s' : `${capital(day)}’s`;
    return ` ${options.what} are daily, so the first comes ${label}, before ${named}.`;
  }
  return ` The first is ${label}: ${options.time} today has passed.`;
}
