import { knownFirstName } from './known-first-name';
import { personNounTitle } from './person-noun-title';
import type { Word } from './tokenize';

/**
 * "County Supervisor Ana Ruiz Castillo", "L.A. County Supervisor Ana Ruiz": a person noun before a known given name
 * with a surname after it ends the title, so the name reader counting back from the run's end stops there. Read as a
 * name word, it made the run five name-like words, a title naming no one, and only the surname was found (audit 58,
 * B-a58-9).
 */
export function titleEndsBefore(words: readonly Word[], first: number): boolean {
  return (
    first > 0 &&
    first < words.length - 1 &&
    personNounTitle(words[first - 1]!.text) &&
    knownFirstName(words[first]!.text)
  );
}
