import { AFFILIATIONS } from './affiliations';
import { DEPARTMENTS } from './departments';
import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';
import { PARTICLES } from './name-particles';
import { NOT_NAMES } from './not-names';
import { ORG_HEADS } from './org-heads';
import { PLACE_WORDS, PLACES } from './place-words';
import { portfolioTail } from './portfolio-tail';
import { seatNameEnd } from './seat-name-end';
import type { Word } from './tokenize';
import { undottedInitials } from './undotted-initials';
import { wordnetWord } from './wordnet-word';

const isFirstName = (w: Word | undefined): boolean => w !== undefined && handFirstName(w.text);

/**
 * "Secretary of State John Kerry", "Mayor of New York Bill de Blasio", "Governor of New York
 * Cuomo": after "<role> of" (the words from `start` on) come the role's department or place, then
 * the name. Returns where the name starts, or -1 when the words are the role's object alone
 * ("Bishop of Durham", "Secretary of Homeland Security"). The name starts at the last known first
 * name with a department word before it, else right after the last word the tables know as a place
 * or department ("Minister of Finance Nirmala Sitharaman"), else it is the surname alone: never a
 * place's or department's word glued to a surname.
 */
export function afterRoleObject(words: Word[], start: number): number {
  const first = nameStart(words, start);
  // "Ruler of Al Qurain", "Governor of El Paso": a particle binds the word after it to itself, so the place it opens
  // goes on there; a name starting right after it would be the place's tail (audit 58, B-a58-15).
  if (first <= start || !PARTICLES.has(words[first - 1]!.text.toLowerCase())) return first;
  return first + 1 < words.length ? first + 1 : -1;
}

function nameStart(words: Word[], start: number): number {
  const count = words.length - start;
  if (count < 2) return -1;
  // Two words, a first name and a surname: "Mayor of Charlotte Roberts" reads as no department.
  if (count === 2 && isFirstName(words[start])) return start;
  const last = words.length - 1;
  // "Member of Parliament for East Coast GRC Ahmad Faisal": an acronym closes the place it follows (role-object-start.ts
  // lets one stand only there), so the name is what comes after it, whatever the name lists hold.
  const acronym = words.findLastIndex((w, i) => i > start && i < last && /^[A-Z]{2,5}$/.test(w.text));
  if (acronym >= 0) return undottedInitials(words, acronym) ? acronym : acronym + 1;
  const seat = seatNameEnd(words, start);
  if (seat >= 0) return seat;
  for (let i = last - 1; i > start; i--) {
    if (!isFirstName(words[i])) continue;
    // "Andrew Mark Cuomo": a first name just before it is the name's too.
    // Not a first name that ends a place ("Governor of West Virginia Jim Justice": "Virginia" is the state's).
    while (i - 1 > start && isFirstName(words[i - 1]) && !placeOrDepartment(words, i - 1)) i--;
    // After "for" a portfolio ("Minister for Pacific Peoples Aupito William Sio"), whose words a dictionary knows; after
    // "of" often a place, whose own words it may not ("Governor of North Kivu Carly Nzanzu").
    return words[start - 1]?.text === 'for' ? portfolioTail(words, start, i, (j) => placeOrDepartment(words, j)) : i;
  }
  const listed = listedGivenName(words, start, last);
  if (listed >= 0) return listed;
  for (let i = last - 1; i >= start && last - i <= 3; i--) {
    if (placeOrDepartment(words, i)) return placeOrDepartment(words, last) || notName(words[last]!) ? -1 : i + 1;
  }
  if (placeOrDepartment(words, last) || notName(words[last]!)) return -1;
  const tail = portfolioTail(words, start, last, (j) => placeOrDepartment(words, j));
  // "Minister for Tangata Kaupapa Peeni Henare": a portfolio none of whose words a table or WordNet knows gives no edge
  // to read, so the name takes its commonest shape, a given name and a surname, when a portfolio word stays before
  // them; the surname alone made "Tangata Kaupapa Peeni" the portfolio and the full name "Tangata Kaupapa Peeni Henare".
  const unknown = words.slice(start).every((w) => !wordnetWord(w.text));
  return tail === last && words[start - 1]?.text === 'for' && last - start >= 2 && unknown ? last - 1 : tail;
}

/**
 * "Governor of North Kivu Carly Nzanzu": a given name only the wider lists hold ("Carly"), one or two words before the
 * end, opens the name when no table reads it as a place or department and no dictionary holds it as a word ("North",
 * "Bill" as words stay open to the place reading). Without it the place word "North" ended the object and glued the
 * place's second word to the name ("Kivu Carly Nzanzu").
 */
function listedGivenName(words: Word[], start: number, last: number): number {
  for (let i = last - 1; i > start && last - i <= 2; i--) {
    const text = words[i]!.text;
    if (isListedFirstName(text) && !wordnetWord(text) && !placeOrDepartment(words, i)) return i;
  }
  return -1;
}

/** A place ("London", "New York") or a department ("Finance", "Homeland Security") ends at word i. */
function placeOrDepartment(words: Word[], i: number): boolean {
  const text = words[i]!.text;
  if (i > 0 && PLACES.has(`${words[i - 1]!.text} ${text}`)) return true;
  return [PLACES, PLACE_WORDS, ORG_HEADS, DEPARTMENTS].some((table) => table.has(text));
}

/** An initial, a party or nationality, a sentence word: no surname. */
function notName(word: Word): boolean {
  return /^[A-Z]\.?$/.test(word.text) || AFFILIATIONS.has(word.text) || NOT_NAMES.has(word.text);
}
