import { calendarWords } from './calendar-words';

/**
 * "Ward 24 chair", "District 9 councillor": a figure right after a capitalised word, the two after a clause's
 * boundary (`opens`), name the numbered unit the post is of, so the role keeps them; a figure ends a role run
 * elsewhere (audit 62, B-a62-15). Not a month and its day ("June 24 chair" is a date), nor a year.
 */
export function numberedUnit(before: readonly string[], start: number, opens: (word?: string) => boolean): boolean {
  const figure = before[start - 1] ?? '';
  const unit = before[start - 2] ?? '';
  return /^\d{1,3}$/.test(figure) && /^\p{Lu}\p{Ll}+$/u.test(unit) && !calendarWords(unit) && opens(before[start - 3]);
}
