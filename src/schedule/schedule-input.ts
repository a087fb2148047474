/** Parsing and validating what users type for a schedule; messages name exactly what was wrong. */

import { zoneAbbreviationProblem } from './zone-abbreviation-problem';

export class ScheduleInputError extends Error {
  readonly code = 'schedule_input';
}

const TIME = /^(\d{1,2}):(\d{2})$/;
/** "9am", "6:30pm", "12am": a 12-hour time, read as the same schedule as its "HH:MM". */
const TWELVE_HOUR = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)$/i;
/** How the error names the forms accepted. */
const FORMS = 'use HH:MM, 24-hour (e.g. 09:00 or 17:30), or 12-hour with am/pm (e.g. 9am, 6:30pm, 6 p.m.)';
/**
 * Anything a user plausibly meant as a time: "9:00", "25:00", "9.30", "9:5", "9am", "24:60", and
 * malformed ones such as "-1:00" or "1:2:3", so they error instead of becoming query words.
 */
const TIME_LIKE = /^[+-]?\d{1,3}([:.h]\d{1,3})+$|^[+-]\d{1,2}$|^\d{1,3}(?:[:.]\d{1,3})?(am|pm)$/i;
/** A bare hour after the story's words ("flynn 17"): a time without minutes, or part of a title? */
const BARE_HOUR = /^\d{1,2}$/;

export interface ParsedTime {
  hour: number;
  minute: number;
  /** Normalised "HH:MM". */
  text: string;
}

export function parseScheduleTime(input: string): ParsedTime {
  const { hour, minute } = clockTime(input.trim()) ?? {};
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) {
    throw new ScheduleInputError(`"${input}" is not a time: ${FORMS}`);
  }
  return { hour, minute, text: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** Hour and minute as typed, 24-hour or 12-hour ("12am" is 00, "12pm" is 12; "0am" and "13pm" are none). */
function clockTime(text: string): { hour: number; minute: number } | undefined {
  const match = TIME.exec(text);
  if (match) return { hour: Number(match[1]), minute: Number(match[2]) };
  const twelve = TWELVE_HOUR.exec(text);
  const hour = Number(twelve?.[1]);
  if (!twelve || hour < 1 || hour > 12) return undefined;
  const pm = twelve[3]!.toLowerCase() === 'pm';
  return { hour: (hour % 12) + (pm ? 12 : 0), minute: Number(twelve[2] ?? 0) };
}

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

/** A zone after a time: a zone's name, a bare city one zone has, or an abbreviation (whose error then names it). */
function zoneWord(word: string): boolean {
  return looksLikeZone(word) || cityZone(word) !== undefined || zoneAbbreviationProblem(word) !== undefined;
}

/**
 * "London" as Europe/London: a bare city is read as the zone only when exactly one IANA zone ends with it, so
 * "Portland" or a misspelt city keeps the error naming the zone problem instead of a zone guessed.
 */
function cityZone(word: string): string | undefined {
  if (!/^[a-z][a-z_-]+$/i.test(word)) return undefined;
  const city = `/${word.toLowerCase()}`;
  const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone.toLowerCase().endsWith(city));
  return zones.length === 1 ? zones[0] : undefined;
}

/** "+02:00", "-5", "+0530": an offset is not a place, and would not follow daylight saving. */
function rejectOffset(input: string): void {
  if (!/^[+-]\d{1,2}(:?\d{2})?$/.test(input.trim())) return;
  throw new ScheduleInputError(
    `"${input}" is a UTC offset, not a time zone: name the place (e.g. Europe/Berlin), so daylight saving follows it`,
  );
}

function looksLikeTime(token: string): boolean {
  return TIME.test(token) || TIME_LIKE.test(token);
}

/** The canonical IANA name ("europe/london" -> "Europe/London"), or a clear error. */
export function parseTimeZone(input: string): string {
  const name = input.trim();
  rejectOffset(name);
  const abbreviation = zoneAbbreviationProblem(name);
  if (abbreviation) throw new ScheduleInputError(abbreviation);
  try {
    if (!name || /\s/.test(name)) throw new RangeError('empty');
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    const city = cityZone(name);
    if (city) return city;
    throw new ScheduleInputError(`"${input}" is not an IANA time zone (e.g. Europe/London, America/New_York, UTC)`);
  }
}

/** Area/Location names, or the few bare names people type (UTC, GMT, EST…). */
function looksLikeZone(token: string): boolean {
  return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(token) || /^(utc|gmt|z|etc\/.*)$/i.test(token);
}

export interface ScheduleArgs {
  /** Words before the time/zone (the story query for follow); may be empty. */
  rest: string;
  time: ParsedTime;
  zone: string;
  /** Whether a time was typed (false: `time` is the default). */
  timeSaid: boolean;
  /**
   * "ferry 1930", "flynn 930": a closing 19xx/20xx or 3-digit number, left in `rest`, that is a year (or a number
   * of the story's) or this time; only the stored stories can
   * tell which (follow's `yearOrTime`), so it is never dropped as a word while the default time is kept.
   */
  yearOrTime?: ParsedTime;
}

/**
 * Splits "<words> [HH:MM] [zone]": a trailing zone-looking token, then a trailing time-looking
 * token, are validated (so a typo errors instead of becoming part of the query).
 */
export function parseScheduleArgs(args: string, defaults: { time: string; zone: string }): ScheduleArgs {
  const tokens = args.trim().split(/\s+/).filter(Boolean);
  let zone = defaults.zone;
  let time = parseScheduleTime(defaults.time);
  const timeAt = tokens.findLastIndex(looksLikeTime);
  // "09:00 +02:00": the offset is the last time-like word, but after a time it was meant as the zone.
  if (timeAt > 0 && looksLikeTime(tokens[timeAt - 1]!)) rejectOffset(tokens[timeAt]!);
  if (timeAt >= 0 && tokens.length - timeAt > 2) {
    // "ferry 09:00 Europe/London extra": nothing may follow the zone; silently dropping it (or
    // reading the whole line as a story) would do something the user did not ask for.
    const extra = tokens.slice(timeAt + 2).join(' ');
    throw new ScheduleInputError(`Unexpected "${extra.slice(0, 60)}" after the time and zone: nothing goes there`);
  }
  if (timeAt >= 0) {
    // Whatever follows the time is meant as its zone, so a typo there is an error, not a query word.
    const after = tokens.splice(timeAt + 1);
    if (after[0]) zone = after[0];
    time = parseScheduleTime(tokens.pop()!);
  } else {
    if (tokens.length > 0 && looksLikeZone(tokens.at(-1)!)) zone = tokens.pop()!;
    rejectBareHour(tokens);
  }
  // "flynn 930" too: the number may be a story's ("route 128"), as a year may.
  // After a time typed ("election 2024 09:00") the number is a word, as the question about it says.
  const year = tokens.length > 1 && timeAt < 0 ? /^(19|20|[1-9])([0-5]\d)$/.exec(tokens.at(-1)!) : null;
  const yearOrTime = year ? parseScheduleTime(`${year[1]}:${year[2]}`) : undefined;
  return { rest: tokens.join(' '), time, zone: parseTimeZone(zone), timeSaid: timeAt >= 0, yearOrTime };
}

/**
 * "flynn 17" could mean 17:00 or a story titled "… 17": guessing either way schedules something
 * the user did not ask for. A lone number ("follow 12") is still a story id.
 */
function rejectBareHour(tokens: string[]): void {
  const last = tokens.at(-1);
  if (tokens.length < 2 || !last || !BARE_HOUR.test(last)) return;
  throw new ScheduleInputError(
    `"${last}" is ambiguous: for a time write it as HH:MM (e.g. ${last.padStart(2, '0')}:00); ` +
      'to follow a story whose title ends with a number, use its id (e.g. #12, from /brief list)',
  );
}
