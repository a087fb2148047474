import type { Sentence } from './analysis-types';
import { messageHead } from './message-head';
import type { PeopleIndex } from './people';

/** A pronoun in the phrase makes it a clause ("He criticized Clinton's track record"), or names the maker. */
const PRONOUN = /^(?:he|she|it|they|we|i|you|her|his|its|their|our|my|your)$/i;

/**
 * Whether a description left as a quotation's speaker is a message that names no one (review B-r45-6): "the
 * statement read", "the report says", "the email said". A statement carries words, it says nothing of its own, and
 * the copy does not say whose words they are, so the speaker is unknown. A message that names anyone ("Marsh's
 * letter", "a Rove ad", "the IMF report", "her Twitter account", "a report for Oxfam") is kept as the copy words it:
 * PolNeAR's annotators credit such a phrase, and its owner may only relay another's words ("according to Axelrod's
 * memoir"). `text` is the description at absolute offset `start` of `sentence`.
 */
export function makerlessMessage(text: string, start: number, sentence: Sentence, index: PeopleIndex): boolean {
  const words = text.split(/\s+/);
  const head = messageHead(words);
  if (head === null || words.some((w) => PRONOUN.test(w))) return false;
  const end = start + text.length;
  const inside = <T extends { start: number; end: number }>(m: T): boolean => m.start >= start && m.end <= end;
  // A capital past the first word is a name the index may not know ("a report for Oxfam"): someone is named.
  if (/\s\p{Lu}/u.test(text)) return false;
  return !(index.mentions[sentence.id] ?? []).some(inside) && !(index.others[sentence.id] ?? []).some(inside);
}
