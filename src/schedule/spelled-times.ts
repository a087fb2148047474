/** Times said in words or without a colon ("6 p.m.", "at noon", "18h30", "1830") as "HH:MM" where a time belongs. */

import { endsSchedule } from './closing-day';
import { looksLikeZone } from './schedule-input';
import { zoneAbbreviationProblem } from './zone-abbreviation-problem';

/**
 * "9 am", "6 p.m." (AP style, the newsroom's own), "6 P.M." as one word ("9am", "6pm"); "12 noon",
 * "at noon", "at midnight", and a "noon" followed only by a zone, as their times: so the words
 * after a story read the same however the time is said, instead of a time unread joining the
 * story's words while the schedule keeps 09:00. A bare closing "noon" stays a word ("high noon" may
 * be a title), unless nothing but a time can come first (`timeFirst`: digest, which takes no story).
 */
export function spelledTimes(args: string, { timeFirst = false }: { timeFirst?: boolean } = {}): string {
  const clock = (word: string) => (word.toLowerCase() === 'noon' ? '12:00' : '00:00');
  const spelled = compactTimes(args, timeFirst)
    .replace(
      /(^|\s)(\d{1,2}(?:[:.]\d{2})?)\s*([ap])\.?\s?m\.?(?=\s|$)/gi,
      (all: string, start: string, time: string, half: string, at: number, whole: string) =>
        endsSchedule(whole.slice(at + all.length)) ? `${start}${time}${half}m` : all,
    )
    .replace(
      /(^|\s)(?:(at\s+)|12\s+)(noon|midnight)(?=\s|$)/gi,
      (all: string, start: string, before: string | undefined, word: string, at: number, whole: string) =>
        endsSchedule(whole.slice(at + all.length)) ? `${start}${before ?? ''}${clock(word)}` : all,
    )
    .replace(/(^|\s)(noon|midnight)(?=\s+(\S+)\s*$)/i, (all, start: string, word: string, next: string) =>
      // "noon EST": an abbreviation is read as the zone so that its own error names it, not swallowed as a word.
      looksLikeZone(next) || zoneAbbreviationProblem(next) ? `${start}${clock(word)}` : all,
    );
  return timeFirst
    ? spelled.replace(/^(\s*)(noon|midnight)(?=\s|$)/i, (_all, space: string, word: string) => `${space}${clock(word)}`)
    : spelled;
}

/**
 * "18h", "18h30" (French and much of Europe) and "1830", "0900" (24-hour without a colon) as "HH:MM", where a time
 * belongs: closing the words, as spelled times do ("1830 revolution" and "24h strike" are a story's words). A
 * 4-digit number that reads as a year ("election 2024", "flynn 2016") stays words, and so does one alone (a story
 * id), unless nothing but a time can come first (`timeFirst`: digest, which takes no story).
 */
function compactTimes(args: string, timeFirst: boolean): string {
  const closing = (all: string, at: number, whole: string) => endsSchedule(whole.slice(at + all.length));
  return args
    .replace(
      /(^|\s)([01]?\d|2[0-3])h([0-5]\d)?(?=\s|$)/gi,
      (all, start: string, hour: string, minute = '00', at, whole) =>
        closing(all, at, whole) ? `${start}${hour}:${minute}` : all,
    )
    .replace(
      /(^|\s)([01]\d|2[0-3])([0-5]\d)(?=\s|$)/g,
      (all, start: string, hour: string, minute: string, at, whole) =>
        (timeFirst || (at > 0 && !/^(19|20)$/.test(hour))) && closing(all, at, whole)
          ? `${start}${hour}:${minute}`
          : all,
    );
}
