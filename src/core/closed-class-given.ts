import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { NOT_MODIFIER } from './role-modifiers';
import { TITLE_WORDS } from './split-title';

/**
 * "Despite Santilli's continued insistence…", "Against Sanders": a closed-class word (preposition, conjunction,
 * determiner, pronoun, auxiliary, sentence adverb) capitalised because it opens a sentence is never a given name,
 * so a run it opens names no one. A known first name of the same spelling ("Will", "May") and an honorific or title
 * written without its full stop ("Dr Patel", "Gov Brown") stay names.
 */
export function closedClassGiven(word: string): boolean {
  if (handFirstName(word) || HONORIFICS.has(word) || TITLE_WORDS.test(word)) return false;
  return NOT_MODIFIER.test(word);
}
