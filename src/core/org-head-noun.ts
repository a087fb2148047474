import data from './org-head-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use. */
const nouns = wordListSet(data as string);

/**
 * Whether a title-case word is a noun that heads organisations' names in WordNet 3.1 ("Brigade", "Firm", "Publisher",
 * "Patrol"), as src/train/build-org-head-nouns.ts wrote src/core/org-head-nouns.json: the WordNet backing of the
 * hand lists of body heads (org-heads.ts, non-person-kind.ts). Only the title case counts: a run's capitalised last
 * word, not "firm" or "party" in prose.
 */
export function orgHeadNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return nouns().has(word.toLowerCase());
}
