import type { Analysis, Sentence } from '../core/analysis-types';
import { openingPronounPerson } from '../core/opening-pronoun-person';

/**
 * "It says only that he declined to say how much …": a sentence shown out of its paragraph that opens on "He" or
 * "She" leaves the reader without whom it means (audit 61, B-a61-17). The article's words stay as written; whom the
 * pronoun stands for is said beside them, as a note ("“he” is Datuk Wong Kah Seng"), only when the engine reads it
 * surely (opening-pronoun-person.ts); null otherwise.
 */
export function pronounNote(analysis: Analysis, sentence: Sentence): string | null {
  const meant = openingPronounPerson(analysis, sentence);
  return meant && `“${meant.pronoun}” is ${meant.name}`;
}
