import { bodyHead } from './body-head';
import { HONORIFICS } from './honorifics';
import { ROLE_HEADS } from './role-heads';
import { lowerWord, type Word } from './tokenize';

/**
 * "Fenwick General Hospital", "Kelston General Infirmary": a title word ("General") before one last word that heads a
 * body's name (body-head.ts: the hand lists and WordNet's heads of organisations' names) is part of an institution's
 * name, not a rank before a surname (audit 59, B-a59-12: person "Hospital", role "Fenwick General"). Not every noun
 * WordNet files as a made thing: "President Trump" ("trump", a card). A word after an honorific stays a name.
 */
export function titledThingName(words: readonly Word[], first: number): boolean {
  if (first < 1 || words.length - first !== 1) return false;
  // Only after a rank or a role's word ("General"): "American Legion" read as a demonym and "Legion" is left as it was.
  const title = words[first - 1]!;
  if (HONORIFICS.has(title.text) || !ROLE_HEADS.has(lowerWord(title))) return false;
  return bodyHead(words[first]!.text);
}
