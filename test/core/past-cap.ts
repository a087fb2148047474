/**
 * Session 50 (sample48b): a flagged passage up to the hard cap of 60 words is shown whole (passage-head.ts), so a test
 * of where a cut falls needs a sentence past the cap. These plain words, appended at its end, leave its first 40 words
 * (and so where the cut falls) as they were, and hold no name or number.
 */
const PLAIN_TAIL =
  'while both sides go on talking about it for the rest of the year and well into the next as they try to agree on who should pay for what';

export function pastCap(sentence: string): string {
  return sentence.replace(/\.$/, ` ${PLAIN_TAIL}.`);
}
