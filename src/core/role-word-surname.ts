import { givenNamesBefore } from './given-names-before';
import { HONORIFICS } from './honorifics';
import type { NameRun } from './name-runs';
import type { PersonParse } from './parse-person';
import { ROLE_HEADS } from './role-heads';
import { lowerWord, type Word } from './tokenize';

/**
 * A title word that can be a surname: a role head ("Dean", "Bishop") or an honorific written out in full ("King",
 * "Prince"), capitalised as a name is. parse-person.ts reads it after a given name ("Larry King"); here alone.
 */
export function titleWordSurname(word: Word): boolean {
  return /^[A-Z][a-z]+$/.test(word.text) && (ROLE_HEADS.has(lowerWord(word)) || HONORIFICS.has(word.text));
}

/**
 * "Dean, a medical doctor, then appeared on MSNBC" after "Howard Dean": a lone capitalised role word may be
 * the surname of a person the copy named in full. Read as a parse that never names anyone by itself: it
 * counts only where the article already has a person of that surname (people.ts matches it then).
 */
export function roleWordSurname(run: NameRun, articleText: string): PersonParse | null {
  if (run.words.length !== 1) return null;
  const word = run.words[0]!;
  if (!titleWordSurname(word)) return null;
  // Only where the copy gives the word after a known first name ("Howard Dean"); elsewhere it stays a title.
  if (givenNamesBefore(word.text, articleText) === 0) return null;
  return loneSurnameParse(word);
}

/** A lone word read as a surname only: never certain, so it names no one the copy has not named in full. */
export function loneSurnameParse(word: Word): PersonParse {
  return {
    name: word.text,
    title: '',
    honorific: null,
    start: word.start,
    end: word.end,
    certain: false,
    possessive: word.possessive,
  };
}
