import { saysReason } from './answer-reason-pair';

/**
 * The adjuncts that give the occasion or ground of a doer's act without a "because": "arrested after a fight",
 * "resigned over the cuts", "sacked for threatening a worker", "resigned in protest at the cuts" (an "in" phrase with
 * its own preposition, as "in response to" the engine already reads), "refused to sign until the survey was published"
 * (a condition set is the reason for holding back). A following determiner, -ing form or pronoun subject keeps "until
 * 2019" and "for two years" out; "in charge of", "in front of", "in place of", "in spite of" and "in terms of" give none.
 */
const ADJUNCT_REASON = new RegExp(
  [
    String.raw`\b(?:after|over|for)\s+(?:(?:a|an|the|his|her|their|its)\s+)?[\p{L}-]+ing\b`,
    String.raw`\b(?:after|over)\s+(?:a|an|the|his|her|their|its)\s`,
    String.raw`\b(?:until|unless)\s+(?:the|a|an|his|her|its|their|he|she|it|they|we)\s`,
  ].join('|'),
  'iu',
);
/**
 * The "in" phrase's noun is a lowercase word ("in protest at"): a capitalised one is a place or a body ("in Iowa to
 * campaign", "in Congress over the summer"), no reason. Apart from ADJUNCT_REASON because `\p{Ll}` under the `i` flag
 * matches capitals too; only the "in" itself may open the sentence.
 */
const IN_REASON =
  /\b[Ii]n\s+(?!(?:charge|front|place|spite|terms|case|time)\b)\p{Ll}+\s+(?:at|of|to|against|over|with)\s/u;

/**
 * Whether a sentence holds a reason an answer to "why did X do it?" can give: the engine's reason markers (the ones
 * its reason pairing reads: "because", "in response to", a causal "since") or an adjunct of occasion or condition. A
 * sentence that has the doer doing the act and none of these ("Omar Reddy, who chairs the board, said …") says what
 * was done, not why (review s46 B-r46-8).
 */
export function holdsAReason(text: string): boolean {
  return saysReason(text) || ADJUNCT_REASON.test(text) || IN_REASON.test(text);
}
