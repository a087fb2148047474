/**
 * The weekday and month names, written out, as regular-expression alternations: one list for every file that reads
 * a day or month as a time ("on Tuesday", "Super Tuesday", "In January, Iowa …"), so that a fix to the list reaches
 * them all. A file whose coverage must differ keeps its own list and says why (parse-person.ts leaves out "May",
 * a first name; plan-questions.ts's "in …" leaves out "May", the modal).
 */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The AP style's short months, written with a stop before a day: "Dec. 16", "Sept. 3". */
export const SHORT_MONTHS = 'Jan|Feb|Aug|Sept?|Oct|Nov|Dec';

const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`);

/** Whether a word is a weekday or month name, written out ("Tuesday", "May"); case is read as written. */
export function calendarWords(word: string): boolean {
  return CALENDAR_WORD.test(word);
}
