/**
 * Zone abbreviations a newsroom's CMS writes after a time whose offset is one and the same wherever it is read
 * (review B-r41-18: "2026-11-30 14:00 BST" was refused). Date.parse reads only GMT/UTC and the US zones; a UK export
 * writes BST half the year. One table, not a pattern grown per word. null marks an abbreviation used by zones of
 * different offsets (IST is Irish, Indian and Israeli time): such a date is refused with the note, never guessed.
 */
const ZONES: ReadonlyMap<string, string | null> = new Map([
  ['BST', '+01:00'],
  ['WET', '+00:00'],
  ['WEST', '+01:00'],
  ['CET', '+01:00'],
  ['CEST', '+02:00'],
  ['EET', '+02:00'],
  ['EEST', '+03:00'],
  ['MSK', '+03:00'],
  ['JST', '+09:00'],
  ['KST', '+09:00'],
  ['HKT', '+08:00'],
  ['SGT', '+08:00'],
  ['AEST', '+10:00'],
  ['AEDT', '+11:00'],
  ['NZST', '+12:00'],
  ['NZDT', '+13:00'],
  ['IST', null],
  ['AST', null],
  ['GST', null],
  ['SST', null],
]);

/** A 12-hour time ending the date: "2pm", "2:30 pm", "2.30 p.m.". */
const TWELVE_HOUR = /(?<=\s)(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$/i;

/**
 * The date with its time in 24-hour form and its zone abbreviation taken off (`offset` the abbreviation's, to
 * write after the date once it is read), or a note when the abbreviation names no one offset. Only an abbreviation
 * after a time is read: a bare day ("2026-11-30 BST") is left as it was written, and refused as before.
 */
export function frontMatterClock(value: string): { rest: string; offset: string } | { note: string } {
  const zoned = /^(.*\S)\s+([A-Za-z]{3,4})$/.exec(value);
  const zone = zoned && ZONES.has(zoned[2]!.toUpperCase()) ? zoned[2]!.toUpperCase() : undefined;
  // A zone Date.parse reads itself (GMT, UTC, EST …) stays after the time, which is still made 24-hour ("2pm GMT";
  // review s42 B-r42-6).
  if (zoned && !zone) return { rest: `${twentyFourHour(zoned[1]!)} ${zoned[2]}`, offset: '' };
  const rest = twentyFourHour(zone ? zoned![1]! : value);
  if (!zone || !/\d:\d{2}(?::\d{2})?$/.test(rest)) return { rest: twentyFourHour(value), offset: '' };
  const offset = ZONES.get(zone);
  if (!offset)
    return {
      note: `the front matter's date "${value}" names a zone ("${zone}") used for more than one offset, so it was left out (write the offset, as +01:00)`,
    };
  return { rest, offset };
}

/** "2pm" as "14:00", "12:30 am" as "00:30"; an hour past 12 or minutes past 59 are left as written (and refused). */
function twentyFourHour(value: string): string {
  const time = TWELVE_HOUR.exec(value);
  if (!time) return value;
  const [hour, minutes] = [Number(time[1]), Number(time[2] ?? '0')];
  if (hour < 1 || hour > 12 || minutes > 59) return value;
  const hours = (hour % 12) + (time[3]!.toLowerCase() === 'p' ? 12 : 0);
  return `${value.slice(0, time.index)}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
