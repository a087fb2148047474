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

/** A zone after a time: a zone's name, a bare city one zone has, or an abbreviation (whose error then names it). */
export function zoneWord(word: string): boolean {
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

export function looksLikeTime(token: string): boolean {
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
export function looksLikeZone(token: string): boolean {
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
