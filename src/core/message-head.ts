import data from './message-nouns.json' with { type: 'json' };
import { headIndex } from './phrase-head';
import { wordListSet } from './word-list-set';

/** Split once on first use: only a description left as the speaker reads it. */
const nouns = wordListSet(data as string);

/** Whether a lower-case noun, or its singular, is one `npx tsx src/train/build-message-nouns.ts` wrote. */
function messageNoun(word: string): boolean {
  if (nouns().has(word)) return true;
  const singular = word.replace(/ies$/, 'y').replace(/(?:ss|sh|ch|x)es$|s$/, (m) => (m === 's' ? '' : m.slice(0, -2)));
  return singular !== word && nouns().has(singular);
}

/**
 * The index of a description's head when WordNet files its commonest sense as a message ("the statement", "the
 * report", "a Rove ad"), else null: a head that names who could speak ("the minister", "the campaign", "the
 * newspaper"), no lower-case noun ("the White House"), or a participle ("a source speaking to Fox News", where the
 * head is "source"). A statement carries words; it says nothing of its own (review B-r45-6).
 */
export function messageHead(words: string[]): number | null {
  if (words.length === 0) return null;
  const at = headIndex(words);
  const head = words[at]!.replace(/[,.;:]+$/, '');
  return /^[a-z]+$/.test(head) && !head.endsWith('ing') && messageNoun(head) ? at : null;
}
