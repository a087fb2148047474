import { frontMatterClock } from './front-matter-clock';
import { summerTimeInForce } from './summer-time-in-force';

/**
 * A front matter's date as a date string Date.parse reads, or a note saying why it was left out. A CMS in Britain or
 * Europe writes "30/11/2026" (day first), often with a time ("30/11/2026 14:00"); Date.parse reads only month-first
 * slashes and gave null without a word, or read "03/04/2026" as 4 March. A numeric date is read day-first or
 * month-first only where one reading is impossible; "03/04/2026" could be either, so it is left out and the note
 * says so. Date.parse rolls an impossible day over ("2026-02-30" became 2 March), so the day is checked against its
 * month before anything is stored (review B-r39-9), in every form that names a day: year first ("2026/02/30") or
 * with a month's name ("November 31, 2026", "31 Nov 2026") as well (review B-r40-9).
 */
export function frontMatterDate(value: string): { date?: string; note?: string } {
  // "14:00 BST" and "2pm" (review B-r41-18) are read as "14:00" then the zone's offset written after the date.
  const clock = frontMatterClock(value);
  if ('note' in clock) return clock;
  const read = zonelessDate(clock.rest, value);
  const date = readable(read.date && clock.offset ? `${read.date} ${clock.offset}` : read.date);
  // A date read but not readable once its offset is written after it is left out with a word, never in silence.
  if (read.date && !date) return unread(value);
  const winter = date ? summerTimeInForce(value, Date.parse(date)) : undefined;
  if (winter) return { note: winter };
  return date ? { date } : read;
}

/** The note for a date left out because it could not be read, quoting it as the front matter wrote it. */
function unread(written: string): { note: string } {
  return { note: `the front matter's date "${written}" was not understood and was left out` };
}

/**
 * The date as Date.parse reads it, or undefined. Date.parse reads an ISO "T" only in ISO's own form, with nothing or
 * an offset straight after the time: "2026-12-05T14:00:00 +01:00" (a zone abbreviation's offset written after it) and
 * "2026-12-05T14:00:00 GMT" are NaN, so such a date is read in the space form, as "2026-12-05 14:00 BST" is (review
 * B-r44-12: it was stored with no date and no note).
 */
function readable(date: string | undefined): string | undefined {
  if (!date || !Number.isNaN(Date.parse(date))) return date;
  const spaced = date.replace(/^(\d{4}-\d{2}-\d{2})T(?=\d)/, '$1 ');
  return Number.isNaN(Date.parse(spaced)) ? undefined : spaced;
}

/** The date `value` (a zone-less form of `written`, which the notes quote) as one Date.parse reads, or a note. */
function zonelessDate(value: string, written: string): { date?: string; note?: string } {
  // The time is kept as the ISO path keeps it: "2026-11-30 14:00" is read by Date.parse (review B-r39-10).
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})((?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)$/.exec(value);
  if (!numeric) {
    if (!writtenDayReal(value)) return unread(written);
    const date = readable(value);
    return date ? { date } : unread(written);
  }
  const [a, b, year, time] = [Number(numeric[1]), Number(numeric[2]), numeric[3]!, numeric[4]!.replace('T', ' ')];
  const iso = (day: number, month: number) => {
    if (!realDay(Number(year), month, day)) return unread(written);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${time}`;
    return Number.isNaN(Date.parse(date)) ? unread(written) : { date };
  };
  if (a > 12 || a === b) return iso(a, b);
  if (b > 12) return iso(b, a);
  return {
    note: `the front matter's date "${written}" could be day or month first, so it was left out (write it as ${year}-MM-DD)`,
  };
}

/** Whether the day exists in that month of that year: a UTC round trip gives the same day back only then. */
function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Whether the day a non-numeric date names exists: "2026/02/30" (year first) or "November 31, 2026" and "Mon, 31
 * Nov 2026 09:00" (a month's name, the day the one- or two-digit number that is no part of a time). A form naming
 * no day is left to Date.parse.
 */
function writtenDayReal(value: string): boolean {
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(value);
  if (yearFirst) return realDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(value);
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(value);
  const day = /(?<![\d:+-])(\d{1,2})(?:st|nd|rd|th)?(?![\d:])/i.exec(value);
  if (!month || !year || !day) return true;
  return realDay(Number(year[1]), MONTHS.indexOf(month[1]!.toLowerCase()) + 1, Number(day[1]));
}
