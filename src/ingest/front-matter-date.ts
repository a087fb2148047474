/**
 * A front matter's date as a date string Date.parse reads, or a note saying why it was left out. A CMS in Britain or
 * Europe writes "30/11/2026" (day first); Date.parse reads only month-first slashes and gave null without a word, or
 * read "03/04/2026" as 4 March. A numeric date is read day-first or month-first only where one reading is impossible;
 * "03/04/2026" could be either, so it is left out and the note says so.
 */
export function frontMatterDate(value: string): { date?: string; note?: string } {
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!numeric) {
    if (!Number.isNaN(Date.parse(value))) return { date: value };
    return { note: `the front matter's date "${value}" was not understood and was left out` };
  }
  const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3]!];
  const iso = (day: number, month: number) =>
    day >= 1 && day <= 31 && month >= 1 && month <= 12
      ? { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
      : { note: `the front matter's date "${value}" was not understood and was left out` };
  if (a > 12 || a === b) return iso(a, b);
  if (b > 12) return iso(b, a);
  return {
    note: `the front matter's date "${value}" could be day or month first, so it was left out (write it as ${year}-MM-DD)`,
  };
}
