import data from './record-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use: read only when an "according to" relay follows a tag. */
const nouns = wordListSet(data as string);

/**
 * Whether a noun (or its plural) names a record that keeps what was said word for word — minutes, a transcript, a
 * recording ("minutes", "transcripts", "tapes", "records") — as `npm run lexicon:records`
 * (src/train/build-record-nouns.ts) wrote src/core/record-nouns.json from WordNet.
 */
export function recordNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return nouns().has(lower) || (lower.endsWith('s') && nouns().has(lower.slice(0, -1)));
}
