import { standsWhole } from './whole-word-count';

/** A letter: the character a name may not touch. */
const LETTER = /\p{L}/uy;
/** What the expression below matches for an empty word: a place with no letter on either side. */
const NO_LETTER_EITHER_SIDE = /(?<![\p{L}])(?![\p{L}])/u;

/**
 * Whether `word` stands in `text` with no letter on either side, as
 * `new RegExp(`(?<![\p{L}])${escapeRegExp(word)}(?![\p{L}])`, 'u').test(text)` reads it (a mark may touch it). Read
 * with `indexOf` rather than that expression: V8 parses a new `\p{…}` expression in about a millisecond, and the
 * answer path built one per quotation's speaker and one per person for every question asked of a stored story
 * (speaker-gender.ts, answer-pronoun-name.ts).
 */
export function letterBounded(text: string, word: string): boolean {
  if (word === '') return NO_LETTER_EITHER_SIDE.test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (standsWhole(text, at, at + word.length, LETTER)) return true;
  return false;
}
