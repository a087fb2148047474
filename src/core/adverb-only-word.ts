import data from './adverb-only-words.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use: read only for a stretch between a reporting verb and "that". */
const words = wordListSet(data as string);

/**
 * Whether WordNet gives the word (lower case) as an adverb and never as a noun ("along", "recently", "privately"), as
 * `npm run lexicon:adverbs` (src/train/build-adverb-only-words.ts) wrote src/core/adverb-only-words.json.
 */
export function adverbOnlyWord(word: string): boolean {
  return words().has(word);
}
