import type { NameRun } from './name-runs';
import type { PersonParse } from './parse-person';
import { ROLE_HEADS } from './role-heads';
import { lowerWord } from './tokenize';

/**
 * "Dean, a medical doctor, then appeared on MSNBC" after "Howard Dean": a lone capitalised role word may be
 * the surname of a person the copy named in full. Read as a parse that never names anyone by itself: it
 * counts only where the article already has a person of that surname (people.ts matches it then).
 */
export function roleWordSurname(run: NameRun): PersonParse | null {
  if (run.words.length !== 1) return null;
  const word = run.words[0]!;
  if (!/^[A-Z][a-z]+$/.test(word.text) || !ROLE_HEADS.has(lowerWord(word))) return null;
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
