import { eachMatch } from './each-match';
import { contentTerms } from './tokenize-words';

/**
 * "The ferry was due to be refitted in 2024, but the work was postponed.": a plan told in the past ("was due to",
 * "were expected to", "had been scheduled to") says the act was meant to happen, not that it did, and its date is the
 * date it was due. With the plan's frame read as a plain past ("was refitted in 2024"), the sentence is a dated past
 * event when nothing else in it looks ahead ("…was due to be refitted next year" still looks ahead).
 */
const PAST_PLAN =
  /\b(?:was|were|had been)\s+(?:due|expected|scheduled|set|supposed|slated|meant|planned|intended)\s+to(?:\s+be|\s+have(?:\s+been)?)?\s+/gi;

/** A word of the sentence, read for the asked verb (module-level: a pattern per call is rebuilt each time). */
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** "When was the ferry due to be refitted?" asks about the plan of the past itself, which its due date answers. */
export const ASKS_PAST_PLAN = /^\W*(?:when|where)\s+(?:was|were|had)\b/i;

/** The sentence with each past plan's frame read as a plain past, or undefined when it tells no past plan. */
export function pastPlanAsDone(text: string): string | undefined {
  const plain = text.replace(PAST_PLAN, 'was ');
  return plain === text ? undefined : plain;
}

/** Whether every saying of the verb in the sentence is a past plan's ("was due to be refitted"), none the act done. */
export function verbOnlyPlanned(text: string, verb: string): boolean {
  const frames = new Set<number>();
  for (const m of eachMatch(PAST_PLAN, text)) frames.add(m.index + m[0].length);
  let planned = false;
  for (const m of eachMatch(WORD, text)) {
    if (contentTerms(m[0])[0] !== verb) continue;
    if (!frames.has(m.index)) return false;
    planned = true;
  }
  return planned;
}
