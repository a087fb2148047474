/**
 * "Over 34 months, the gap adds up to $4.8 million": "add" reports speech alone or before its words ("she added"),
 * but with its particle it is another verb — "add up (to)" totals, "add to" increases (WordNet's add_up, add_to) —
 * and a trailing tag read on it made the fronted adverbial a statement of "the gap" (audit 55, B-a55-18).
 */
const PARTICLE_AFTER_ADD = /^\s+(?:up|to)\b/;

/** Whether the tag's verb and the words after it are "add" with the particle of a non-speech phrasal verb. */
export function phrasalAmount(verb: string, rest: string): boolean {
  return /^add(?:s|ed)?$/.test(verb) && PARTICLE_AFTER_ADD.test(rest);
}
