import { VAGUE_SOURCE } from './claim-phrases';

/**
 * The vague source a sentence credits its claim to, when one stands outside the claim asked. "Some Clinton allies
 * suggested that intelligence officials were politically motivated": "officials" is the claim's own subject, not
 * who says it, so asking "Which officials say some Clinton allies suggested …?" credits the claim to the wrong people
 * (hand-read sample 55's #28). A source word the claim holds as often as the sentence does names no sayer, unless a saying verb follows it
 * ("But critics argue …", a claim the question keeps whole; "the $1.11 that analysts expected" is a figure, no saying).
 */
const SOURCE_WORD = new RegExp(`\\b(${VAGUE_SOURCE})\\b`, 'gi');

const count = (text: string, word: string): number => text.match(new RegExp(`\\b${word}\\b`, 'gi'))?.length ?? 0;

/** A saying verb right after the source word: "critics argue cutting subsidies …" keeps its sayer in the claim. */
const SAYING_NEXT =
  /^\s+(?:say|says|said|argue[sd]?|contend(?:s|ed)?|insist(?:s|ed)?|believe[sd]?|claim(?:s|ed)?|suggest(?:s|ed)?|warn(?:s|ed)?|think|thinks|thought)\b/i;

export function sourceOutsideClaim(text: string, claim: string): string | undefined {
  for (const match of text.matchAll(SOURCE_WORD)) {
    const word = match[1]!;
    const saying = SAYING_NEXT.test(text.slice(match.index + match[0].length));
    if (saying || count(text, word) > count(claim, word)) return word;
  }
  return undefined;
}
