import data from './name-first-words.json' with { type: 'json' };
import { singularsOf } from './singulars-of';

/**
 * WordNet's nouns whose commonest sense is a name ("Democrat", "Hughes", "Tory"), built by `npm run lexicon:names`
 * (src/train/build-name-first-words.ts), so src/core reads no files.
 */
let words: Set<string> | undefined;

/**
 * True when the lexicon writes this word, or the singular it is a plural of, with a capital in its commonest sense:
 * "Democrats", "Hughes", "Roberts". A sentence-opening capital on such a word is the name's, not the sentence's
 * (review s33 B-main-56: "Will democrats vote", "Will hughes decide").
 */
export function nameFirstWord(word: string): boolean {
  words ??= new Set(data.words.split(' '));
  const lower = word.toLowerCase();
  return words.has(lower) || singularsOf(lower).some((s) => words!.has(s));
}
