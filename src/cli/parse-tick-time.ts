const ISO_WITH_ZONE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/i;
const EARLIEST_YEAR = 2000;
/** How far past the clock's now a tick may go: far enough to rehearse, not far enough to poison "last posted". */
const MAX_YEARS_AHEAD = 5;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * `tick --at`: an ISO 8601 date-time with an explicit zone (Z or ±hh:mm) on a real calendar day,
 * from 2000 to a few years after `now`. Returns epoch ms, or a message saying what to fix.
 * (Date.parse would take "2026-02-30" as 2 March, "1" as the year 2001, and zone-less text as
 * the server's local time.)
 */
export function parseTickTime(text: string, now: number): { at: number } | { error: string } {
  const example = `e.g. ${new Date(now + 86_400_000).toISOString().slice(0, 10)}T09:00:00Z or …T09:00:00+01:00`;
  const m = ISO_WITH_ZONE.exec(text.trim());
  if (!m) {
    const zoneless = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/i.test(text.trim());
    return {
      error: zoneless
        ? `"${text}" has no time zone: add Z (UTC) or an offset such as +01:00 (${example}).`
        : `"${text}" is not an ISO 8601 time with a zone (${example}).`,
    };
  }
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map((v) => (v === undefined ? 0 : Number(v)));
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (month! < 1 || month! > 12) return { error: `"${text}": there is no month ${month}.` };
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (day! < 1 || day! > daysInMonth) {
    return { error: `"${text}" is not a real date: ${MONTHS[month! - 1]} ${year} has ${daysInMonth} days.` };
  }
  if (hour! > 23 || minute! > 59 || second > 59)
    return { error: `"${text}" is not a time of day (00:00 to 23:59:59).` };
  if (offsetHours > 14 || offsetMinutes > 59)
    return { error: `"${text}": the zone offset must be from -14:00 to +14:00.` };
  const at = Date.parse(text.trim());
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  if (Number.isNaN(at) || year! < EARLIEST_YEAR || at > latest.getTime()) {
    return {
      error: `"${text}" is out of range: use a moment from ${EARLIEST_YEAR} to ${MAX_YEARS_AHEAD} years from now (${example}).`,
    };
  }
  return { at };
}
