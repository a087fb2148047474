import data from './message-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** Split once on first use: only a description left as the speaker reads it. */
const nouns = wordListSet(data as string);

/**
 * Whether a lower-case noun, or its singular, is one `npx tsx src/train/build-message-nouns.ts` wrote (WordNet's
 * noun.communication): a message, which carries words ("the report", "the warning", "the wording").
 */
export function messageNoun(word: string): boolean {
  if (nouns().has(word)) return true;
  const singular = word.replace(/ies$/, 'y').replace(/(?:ss|sh|ch|x)es$|s$/, (m) => (m === 's' ? '' : m.slice(0, -2)));
  return singular !== word && nouns().has(singular);
}
