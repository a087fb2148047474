import data from './verb-lemmas.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** WordNet 3.1's verb lemmas (`npm run lexicon:verb-lemmas`), split on the first question: one set for every reader. */
const lemmas = wordListSet(data as string);

/** Is `word` (lower case) a verb lemma? */
export function verbLemma(word: string): boolean {
  return lemmas().has(word);
}
