/** The day said with a schedule's time, and whether the words after a time leave it the schedule's. */

import { looksLikeTime, zoneWord } from './schedule-input';

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)days?';
/**
 * A day said with the schedule ("tomorrow at 9am", "6pm today", "from Monday", "every Friday"). A bare weekday
 * stays a word ("super tuesday"): only "on", "from", "starting" or "every" make it a day.
 */
const DAY_SAID = new RegExp(
  `(?:^|\\s)(?:(?:from|starting|on)\\s+)?(today|tonight|tomorrow)(?=\\s|$)|(?:^|\\s)(from|starting|on|every)\\s+(${WEEKDAY})(?=\\s|$)`,
  'gi',
);

export interface ClosingDay {
  /** The text without the day's words. */
  text: string;
  /** The day as said, lower-case ("tomorrow", "monday"); undefined when none closes the text. */
  day?: string;
  /** "every Friday", "on Mondays": a weekly schedule, which follow-ups and digests are not. */
  weekly?: boolean;
}

/**
 * The day said with a schedule's time, where it closes the words (only a time and a zone may follow it): a
 * schedule is daily, so the day sets nothing, and as a story word it searched for "ferry tomorrow".
 */
export function closingDay(text: string): ClosingDay {
  const said = [...text.matchAll(DAY_SAID)].at(-1);
  if (!said) return { text };
  const after = text
    .slice(said.index + said[0].length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const scheduleWord = (word: string) => looksLikeTime(word) || zoneWord(word);
  if (after.length > 2 || !after.every(scheduleWord)) return { text };
  const plural = said[3]?.toLowerCase().endsWith('s') ?? false;
  const day = (said[1] ?? said[3]!.replace(/s$/i, '')).toLowerCase();
  const rest = `${text.slice(0, said.index)} ${text.slice(said.index + said[0].length)}`.replace(/\s+/g, ' ').trim();
  return { text: rest, day, weekly: said[2]?.toLowerCase() === 'every' || plural };
}

/**
 * Whether what follows a spelled time leaves it the schedule's: nothing, a zone (or an abbreviation, whose error then
 * names it), the schedule's own "daily" and a day said with it ("6pm tomorrow"). "raid at midnight market" and
 * "10 am service" are a story's words.
 */
export function endsSchedule(after: string): boolean {
  const words = after
    .replace(/(?:^|\s)(?:daily|every\s+day|each\s+day)(?=\s|$)/gi, ' ')
    .replace(DAY_SAID, ' ')
    .trim()
    .split(/\s+/);
  if (words.length === 1 && words[0] === '') return true;
  return words.length === 1 && zoneWord(words[0]!);
}
