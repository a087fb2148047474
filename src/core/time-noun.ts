import data from './time-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use. */
const nouns = wordListSet(data as string);

/**
 * Whether a singular noun's commonest WordNet 3.1 sense is a time (noun.time: "spring", "weekend", "morning"), as
 * src/train/build-time-nouns.ts wrote src/core/time-nouns.json.
 */
export function timeNoun(word: string): boolean {
  return nouns().has(word);
}
