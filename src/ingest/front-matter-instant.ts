import { knownTimeZone } from '../schedule/known-time-zone';
import { zoneOffsetMs } from '../schedule/zoned-time';

/** A zone written after the time ("Z", "+01:00", "+0100", "GMT", "EST"): the date names its own instant. */
const WRITTEN_ZONE = /(?:\dZ|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|[ECMP][SD]T)(?:[+-]\d{1,4})?)\s*$/i;

/**
 * The instant a front matter's date names, the same on every host (review B-r40-10). Date.parse reads a time with
 * no zone ("2026-11-30 14:00") in the host's zone, so one file was stored at 14:00Z on one server and 19:00Z on
 * another. A time with no zone is read in `zone`, NEWSBRIEF_TZ (the zone the digests use) as the config read once at
 * start gives it, never read here from the environment; a date with no time is that day at UTC midnight, as
 * "2026-11-30" always was, so its printed day never moves; a written zone is kept.
 */
export function frontMatterInstant(date: string, zone: string): number {
  const parsed = Date.parse(date);
  if (Number.isNaN(parsed) || WRITTEN_ZONE.test(date)) return parsed;
  // Date.parse reads a zone-less "YYYY-MM-DD" as UTC and every other zone-less form in the host's zone.
  const host = new Date(parsed);
  const utc = /^\d{4}-\d{2}-\d{2}$/.test(date.trim());
  const fields = utc
    ? [host.getUTCFullYear(), host.getUTCMonth(), host.getUTCDate(), host.getUTCHours(), host.getUTCMinutes()]
    : [host.getFullYear(), host.getMonth(), host.getDate(), host.getHours(), host.getMinutes()];
  const seconds = utc ? host.getUTCSeconds() : host.getSeconds();
  const wall = Date.UTC(fields[0]!, fields[1]!, fields[2]!, fields[3]!, fields[4]!, seconds);
  if (!/\d:\d{2}/.test(date)) return wall;
  // An unknown zone (the config refuses it at start) reads as UTC here.
  const readIn = knownTimeZone(zone) ? zone : 'UTC';
  // Two steps, as the offset at the guessed instant may differ from the offset at the wall time (a clock change).
  const guess = wall - zoneOffsetMs(wall, readIn);
  return wall - zoneOffsetMs(guess, readIn);
}
