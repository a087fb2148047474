import data from './location-nouns.json' with { type: 'json' };
import { singularsOf } from './singulars-of';
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a name apposed to a noun asks. */
const nouns = wordListSet(data as string);

/**
 * Whether a lower-case noun (or its singular) has any WordNet 3.1 sense that is a kind of place (noun.location:
 * "capital", "city", "port", "seat"), as `npm run lexicon:locations` (src/train/build-location-nouns.ts) wrote
 * src/core/location-nouns.json. Any sense, not the commonest: the caller has a name apposed to the noun, which picks
 * the place sense ("the capital, Soria").
 */
export function locationNoun(word: string): boolean {
  return [word, ...singularsOf(word)].some((form) => nouns().has(form));
}
