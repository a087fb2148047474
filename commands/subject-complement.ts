import { sayingVerb } from './saying-verb';

/** A preposition that opens a subject's complement: "the tenants of Kelso Court", "Staff at the hospital's kitchen". */
export const COMPLEMENT = /^(?:of|at|from|in|on|for|across)$/i;
/** Determiners that may open the complement's noun phrase, and only open it. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our)$/i;
/** Auxiliaries and negation: the subject's verb group has begun, so the complement has ended. */
const AUXILIARY =
  /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were|do|does|did|not|never|to)$/i;
/** A relative pronoun opens a clause about the complement ("the people in the race who had …"). */
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;
/** At most this many words after the preposition: a complement names one place or body, not a clause. */
const MAX_WORDS = 4;

/**
 * Where the complement of a subject's head ends: `words[from]` is the preposition after the head ("tenants of Kelso
 * Court said"), and the complement is a determiner at most, then up to a few words that are neither a verb of saying,
 * an auxiliary nor the act (`stop`). The index of the first word after it, or `from` when there is none. The head
 * before "of/at" is the doer, not the body or place after it (session 45's thread leftovers).
 */
export function complementEnd(words: readonly string[], from: number, stop: (word: string) => boolean): number {
  if (!COMPLEMENT.test(words[from] ?? '')) return from;
  let k = from + 1;
  if (DETERMINER.test(words[k] ?? '')) k++;
  const start = k;
  while (k < words.length && k - start < MAX_WORDS) {
    const word = words[k]!.toLowerCase();
    if (DETERMINER.test(word) || AUXILIARY.test(word) || RELATIVE.test(word) || sayingVerb(word) || stop(word)) break;
    k++;
    // "One Club for Growth ad, which …": a comma closes the phrase; what follows it is no verb of the head.
    if (/[,;:]$/.test(word)) break;
  }
  return k > start ? k : from;
}
