import { isListedFirstName } from './listed-first-name';
import { PLACE_STARTS } from './non-person-kind';
import { NOT_NAMES } from './not-names';
import { ORG_HEADS } from './org-heads';
import { PLACES } from './place-words';
import type { Word } from './tokenize';

/**
 * "United Torah Judaism", "United Farm Workers": the words a person's parse would leave before the name as its title
 * are all words that head bodies' names ("United", "City", "Club") and no post ("Chief", "Sgt."), the run has three
 * words or more, and the name left holds no given name: the run is one body's name, so the parse names no one. Read
 * as a title, "United" was cut and the rest ("Torah Judaism") listed on its own (issue 13). A given name keeps the
 * person: "United Ann Bell", "Post Editor-in-Chief Martin Baron".
 */
export function bodyWordOpening(run: Word[], at: number): boolean {
  // "The United Nations said": a sentence's opening "The" is the run's first word, no part of the body's name.
  const lead = run[0]?.text === 'The' ? 1 : 0;
  const words = run.slice(lead);
  const first = at - lead;
  if (first < 1 || words.slice(first).some((w) => isListedFirstName(w.text))) return false;
  // "United States", "United Nations": a word that opens both bodies' and places' names (PLACE_STARTS) is no one's
  // title, so the two words name a body or a place. Other two-word runs ("Senate Benghazi hearing", "the House
  // Rules") may be a body's word qualifying another name: only a run of three or more is read as one body's name.
  if (words.length === 2 && first === 1) return PLACE_STARTS.has(words[0]!.text) && ORG_HEADS.has(words[0]!.text);
  if (words.length < 3) return false;
  return words.slice(0, first).every((w) => ORG_HEADS.has(w.text));
}

/**
 * "the New England Patriots", "the New York Jets": a run of three words whose first opens places' names (PLACE_STARTS)
 * and no person's (not-names.ts), with no given name after it and a plural last word, is a team's or a body's name
 * ("New England", then what it fields). Cut at its opener, it was read as a person "England Patriots" (review 56,
 * R56-13); "New Hampshire Gov. Maggie Hassan" keeps its given name and its person.
 */
export function placeOpenedBody(run: Word[], at: number): boolean {
  const lead = run[0]?.text === 'The' ? 1 : 0;
  const words = run.slice(lead);
  if (words.length !== 3 || at - lead !== 1 || !PLACE_STARTS.has(words[0]!.text)) return false;
  // "New York" is a place the lists hold, whatever "York" is as a given name.
  const place = PLACES.has(`${words[0]!.text} ${words[1]!.text}`) || !isListedFirstName(words[1]!.text);
  return place && /\p{Ll}s$/u.test(words[2]!.text) && !isListedFirstName(words[2]!.text);
}

/**
 * "NHS Dumfries and Galloway", "NHS Greater Glasgow and Clyde": a run opened by an acronym of three capitals or more
 * that joins its words with "and" and holds no given name before another name word is one body's name (a service and the places it covers), no
 * title before a person "Galloway" (audit 56, B-a56-14). "NHS Director Ann Bell and Tom Ruiz" keeps its given names.
 */
export function acronymBodyAnd(run: Word[]): boolean {
  // "Then NHS …": a sentence's opening words the run took in are no part of the body's name.
  const lead = run.findIndex((w) => !NOT_NAMES.has(w.text));
  const words = run.slice(Math.max(0, lead));
  if (words.length < 4 || !/^[A-Z]{3,}$/.test(words[0]!.text)) return false;
  const and = words.findIndex((w) => w.text === 'and' || w.text === '&');
  // A person needs a given name and a name after it; "Clyde" closing the run is a river's name here.
  const person = words.some((w, i) => isListedFirstName(w.text) && /^\p{Lu}/u.test(words[i + 1]?.text ?? ''));
  return and > 1 && and < words.length - 1 && !person;
}
