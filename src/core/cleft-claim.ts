import { stripEnd } from './question-clauses';

/** "Instead, it was Trump's suggestion that …", "It is the claim that …": a cleft whose focus is the claim noun. */
const CLEFT_ON_CLAIM =
  /^(?:[A-Z][a-z]+,\s+)?it\s+(?:was|is)\s+(?:[^,;]{0,40}?\s)?(?:claims?|allegations?|accusations?|suggestions?)\s+that\s/i;

const SUBJECT_NEXT =
  /^(?:(?:the|a|an|his|her|hers|their|its|our|my|your|this|these|those|that|some|any|no|every|each|he|she|they|it|we|i|you|there)\b|[A-Z0-9])/;

/**
 * The claim without the cleft's own "that …": in "it was the suggestion that A that raised hackles" the last "that"
 * opens the clause the cleft says of the suggestion ("raised hackles"), no part of A, which alone is the claim.
 * A claim cut short before that "that" is left as it is.
 */
export function cleftClaim(sentence: string, claim: string): string {
  const text = sentence.trim();
  if (!CLEFT_ON_CLAIM.test(text)) return claim;
  const tail = stripEnd(text.slice(text.lastIndexOf(' that ') + 1));
  // The cleft's "that" opens a clause with no subject ("that drew criticism"); a "that" followed by a subject
  // ("that the money was missing", "that he knew") is the claim's own complement and stays.
  if (SUBJECT_NEXT.test(tail.slice('that '.length)) || !claim.endsWith(` ${tail}`)) return claim;
  const head = claim.slice(0, -tail.length - 1);
  return head.split(/\s+/).length >= 4 ? head : claim;
}
