import { handFirstName } from './hand-first-name';
import { isNameWord, nameWordAt } from './name-word';
import { namesAfterPlural, pluralRoleHead } from './plural-role-head';
import { titleWordSurname } from './role-word-surname';
import type { Word } from './tokenize';

/**
 * The word before `first` read as part of the name. A role noun's plural opening the run is the role of the people
 * it names ("Comedians Penn & Teller said", "Senators Jo Roe and Al Poe"), never the first of them. Only the run's
 * first word: inside a title-case run ("Law Enforcement Officers Memorial", "Telling Supporters Carson Had Dropped
 * Out") it opens no name, and the run's last word may be such a surname ("Masters said").
 */
export function nameWordBefore(words: Word[], first: number, joined: boolean): boolean {
  if (!nameWordAt(words, first - 1)) return false;
  // "Foreign Ministers Ruth Okonkwo and Carl Brandvik": before a list, the plural may follow the words that qualify
  // it; it is still the role of the people it names. Only before "and"/"&", where the list shows two people, and only
  // with a name after it: a plural ending the run ("United Mine Workers and Teamsters") is its last word (B-r44-1).
  const plural = first < words.length && (first === 1 || joined);
  return !plural || !pluralRoleHead(words[first - 1]!) || !namesAfterPlural(words.slice(first - 1), joined);
}

/**
 * "Howard Dean", "Larry King", "Jane Bishop": a role word closing the run straight after a known given name is
 * the surname; as a title it would come before the name, never after a first name alone.
 */
export function givenThenTitleWord(words: Word[]): boolean {
  const given = words[words.length - 2]?.text ?? '';
  return (
    // "Larry King", "Erik Prince": an honorific written out in full is a surname there too.
    titleWordSurname(words[words.length - 1]!) && handFirstName(given) && isNameWord(words[words.length - 2]!)
  );
}
