import data from './leader-nouns.json' with { type: 'json' };
import { singularsOf } from './singulars-of';
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a who-question asking for a head reads them. */
const words = wordListSet(data as string);

/**
 * Whether a lower-case noun (or its singular) is a kind of leader in its commonest WordNet 3.1 sense ("president",
 * "chairman", "director"), as src/train/build-leader-nouns.ts wrote src/core/leader-nouns.json.
 */
export function leaderNoun(word: string): boolean {
  return [word, ...singularsOf(word)].some((form) => words().has(form));
}

/**
 * Whether a verb's stem is a leader noun's own ("lead" of "leader", "chair" of "chairman", "direct" of "director",
 * "presid" of "president"): "who leads X?" asks for the holder of X's leading role.
 */
export function leadingVerb(stem: string): boolean {
  if (stem.length < 4) return false;
  for (const noun of words()) if (noun.startsWith(stem)) return true;
  return false;
}
