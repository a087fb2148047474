import { isRoleHead } from './role-heads';
import { singularsOf } from './singulars-of';
import data from './trade-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a person-typed run's last word is read. */
const nouns = wordListSet(data as string);

/**
 * Whether a title-case word (or its singular) names a line of business in WordNet 3.1 ("Engineering", "Steelworks",
 * "Management", "Crafts", "Mining"), as `npm run lexicon:trades` (src/train/build-trade-nouns.ts) wrote
 * src/core/trade-nouns.json. A role head ("Executive") is a post, not a trade: "Chief Executive" closes no firm's name.
 */
export function tradeNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !isRoleHead(lower) && [lower, ...singularsOf(lower)].some((w) => nouns().has(w));
}
