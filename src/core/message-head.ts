import { makerWord } from './maker-word';
import { messageNoun } from './message-noun';
import { personNoun } from './person-noun';
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
  if (!/^[a-z]+$/.test(head) || head.endsWith('ing') || !messageNoun(head)) return null;
  return personModified(words, at, head) ? null : at;
}

/**
 * "another senior figure": a head WordNet also files as a person or a body in some sense (maker-nouns.json: "figure",
 * "subject") after a modifier whose commonest sense is a person ("senior", "veteran", "junior") is that person, not a
 * diagram or a number (audit 59, B-a59-17).
 */
function personModified(words: string[], at: number, head: string): boolean {
  const before = words[at - 1]?.toLowerCase();
  return before !== undefined && makerWord(head) && personNoun(before);
}
