import { timeNoun } from './time-noun';

/** The words after "how much" up to the clause's verb: the noun phrase saying what is measured. */
const MEASURED =
  /\bhow much ((?:(?!(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could|should|of)\b)[a-z'’-]+ ?){1,3})/;

/** A rate opening the phrase: "per hour", "a month", "each year". */
const RATE = /^(?:a|an|per|each|every) ([a-z]+)/;

/**
 * "How much paid leave would new mothers get?", "how much annual leave is left?": "how much" before a noun whose commonest
 * WordNet sense is a time (noun.time, time-nouns.json) asks a duration, however the phrase goes on ("paid" is a money
 * verb; "get" asks a sum only when nothing after "how much" says what).
 */
export function howMuchTime(question: string): boolean {
  const phrase = MEASURED.exec(question)?.[1];
  // "How much per hour are care workers paid?": a rate ("per hour", "a month") says how often, not what is measured.
  const rate = phrase === undefined ? undefined : RATE.exec(phrase)?.[1];
  if (rate !== undefined && timeNoun(rate)) return false;
  // The phrase's head, its last word: "holiday pay" measures pay.
  return phrase !== undefined && timeNoun(phrase.trim().split(' ').at(-1)!);
}
