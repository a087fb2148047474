import { messageNoun } from './message-noun';
import { headIndex } from './phrase-head';

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
