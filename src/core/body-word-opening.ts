import { isListedFirstName } from './listed-first-name';
import { ORG_HEADS } from './org-heads';
import type { Word } from './tokenize';

/**
 * "United Torah Judaism", "United Farm Workers": the words a person's parse would leave before the name as its title
 * are all words that head bodies' names ("United", "City", "Club") and no post ("Chief", "Sgt."), the run has three
 * words or more, and the name left holds no given name: the run is one body's name, so the parse names no one. Read
 * as a title, "United" was cut and the rest ("Torah Judaism") listed on its own (issue 13). A given name keeps the
 * person: "United Ann Bell", "Post Editor-in-Chief Martin Baron".
 */
export function bodyWordOpening(words: Word[], first: number): boolean {
  // Two words ("Senate Benghazi hearing", "the House Rules", "United States") may be a body's word qualifying another
  // name, so only a run of three or more is read as one body's name.
  if (first < 1 || words.length < 3 || words.slice(first).some((w) => isListedFirstName(w.text))) return false;
  return words.slice(0, first).every((w) => ORG_HEADS.has(w.text));
}
