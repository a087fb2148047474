import { calendarWords } from './calendar-words';
import { escapeRegExp } from './escape-reg-exp';
import { WORD_EDGE } from './latin-letters';
import { PERSONS_AFTER_THE } from './persons-after-the';
import { surnamePersonEvidence } from './surname-person-evidence';
import { wordBounded } from './word-bounded';

/** Surname-alone mentions that make the one full name of that surname a person whatever its first word. */
const MIN_ALONE = 5;

/**
 * "Rahm Emanuel … Emanuel worked … called for Emanuel to resign" (and the copy's slip "Rahm Emanual"): a first
 * name in no list is one when the copy writes that full name and no other of the surname, then the surname
 * alone five times or more, never after "the" ("the House", "the Court"; "the Emanuel campaign" is a person's) nor in lower case: a story goes on
 * naming its people by surname, not its places and bodies.
 */
export function soleSurname(first: string, surname: string, text: string): boolean {
  // "Super Tuesday", "Twitter Thursday": a day or month is no surname.
  if (surname.length < 3 || calendarWords(surname)) return false;
  const at = escapeRegExp(surname);
  if (wordBounded(text, surname.toLowerCase())) return false;
  for (const m of text.matchAll(new RegExp(`${WORD_EDGE}(\\p{Lu}\\p{Ll}+) ${at}${WORD_EDGE}`, 'gu')))
    if (m[1] !== first) return false;
  let alone = 0;
  for (const m of text.matchAll(new RegExp(`(?<![\\w'’-])${at}(?![\\w-])(?!\\s+[A-Z])`, 'g'))) {
    const before = text.slice(Math.max(0, m.index - first.length - 5), m.index);
    // "the Clinton campaign" is a person's; "the House", "the Court" are not.
    if (/\b[Tt]he\s+$/.test(before) && !PERSONS_AFTER_THE.test(text.slice(m.index + surname.length))) return false;
    if (!before.endsWith(`${first} `)) alone++;
  }
  return alone >= MIN_ALONE && surnamePersonEvidence(surname, text);
}
