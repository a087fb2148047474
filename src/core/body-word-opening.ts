import { isListedFirstName } from './listed-first-name';
import { PLACE_STARTS } from './non-person-kind';
import { ORG_HEADS } from './org-heads';
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
