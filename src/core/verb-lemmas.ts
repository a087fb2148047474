import data from './verb-lemmas.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/**
 * Every one-word verb WordNet 3.1 lists (`npm run lexicon:verb-lemmas`, src/train/build-verb-lemmas.ts), split once on
 * first use: one getter for every reader of the list, so the set is built once however many ask.
 */
export const verbLemmas = wordListSet(data as string);
