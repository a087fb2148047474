import { VAGUE_SOURCE } from './claim-phrases';

/**
 * The vague source a sentence credits its claim to, when one stands outside the claim asked. "Some Clinton allies
 * suggested that intelligence officials were politically motivated": "officials" is the claim's own subject, not
 * who says it, so asking "Which officials say some Clinton allies suggested …?" credits the claim to the wrong people
 * (hand-read sample 55's #28). A source word the claim holds as often as the sentence does names no sayer.
 */
const SOURCE_WORD = new RegExp(`\\b(${VAGUE_SOURCE})\\b`, 'gi');

const count = (text: string, word: string): number => text.match(new RegExp(`\\b${word}\\b`, 'gi'))?.length ?? 0;

export function sourceOutsideClaim(text: string, claim: string): string | undefined {
  for (const [, word] of text.matchAll(SOURCE_WORD)) {
    if (count(text, word!) > count(claim, word!)) return word;
  }
  return undefined;
}
