import data from './occupation-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a relative clause or a "then-" post after a name reads them. */
const nouns = wordListSet(data as string);

/**
 * Whether a lower-case noun's commonest WordNet 3.1 sense is a kind of worker, professional, leader or another class
 * of person a newsroom names by what they do or hold ("teacher", "owner", "warden", "spokesman"), not by how they
 * stand to someone or what they happen to do ("boyfriend", "supporter", "rider"), as `npm run lexicon:occupations`
 * (src/train/build-occupation-nouns.ts) wrote src/core/occupation-nouns.json.
 */
export function occupationNoun(word: string): boolean {
  return nouns().has(word);
}
