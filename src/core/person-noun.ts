import data from './person-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use: a thread's "they", and the analysis when a tag's pronoun follows "The <noun>". */
const nouns = wordListSet(data as string);

/**
 * Whether a singular noun's commonest WordNet 3.1 sense is a kind of person (noun.person: "tenant", "shopper",
 * "islander"), as `npm run lexicon:person-nouns` (src/train/build-person-nouns.ts) wrote src/core/person-nouns.json.
 */
export function personNoun(word: string): boolean {
  return nouns().has(word);
}
