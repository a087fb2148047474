import data from './common-words.json' with { type: 'json' };
import { singularsOf } from './singulars-of';

let words: Set<string> | undefined;

/**
 * Whether a word (any case) is an everyday word of English: a lemma WordNet's sense-tagged corpus tags, or the plural
 * of one ("Workers"). Built by `npm run lexicon:common` (src/train/build-common-words.ts), so src/core reads no files.
 */
export function commonWord(word: string): boolean {
  words ??= new Set(data.words.split(' '));
  const lower = word.toLowerCase();
  return words.has(lower) || singularsOf(lower).some((s) => words!.has(s));
}
