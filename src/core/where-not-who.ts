import { literalMatches, literalPattern } from './literal-matches';
import { textOccurrences } from './text-occurrences';

/** A locative preposition right before the name, as place-usage.ts reads one ("in", not the ambiguous "at"). */
const AFTER_LOCATIVE = literalPattern('\\b(?:[Ii]n|across|throughout|inside) ', "\\b(?!['’])");

/**
 * "Nobody in Harlow Flats can say …": a name the sentence writes only after a locative preposition is where the
 * unknown lies, not whom to ask, even when the tagger typed it an organisation. A bracket naming it would send the
 * editor to call a place; with no better party the question goes without one (say less).
 */
export function whereNotWho(name: string, sentence: string): boolean {
  const all = textOccurrences(sentence, name).length;
  if (all === 0) return false;
  let after = 0;
  for (const _ of literalMatches(sentence, name, AFTER_LOCATIVE)) after++;
  return after === all;
}
