const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall|does|did)$/i;
/** A past form: "-ed" after a consonant or vowel other than "e" ("originated", "dogged", "surfaced"; not "seed", "greed"). */
const PAST_FORM = /^[a-z]{2,}[^e\W]ed$/i;

/**
 * Whether the words after a claim noun's "that" open with a finite verb, so "that" is the relative pronoun and the
 * noun its subject: "a claim that originated in a deposition she gave", "allegations that have dogged him". A
 * claim's content clause opens with its own subject ("a claim that Trump had raped her"), so such words are no claim
 * to ask "Is it true that …?" of (the passage is shown). A verb is an auxiliary or a past form in "-ed".
 */
export function subjectRelativeClaim(claim: string): boolean {
  const first = /^[a-z]+/i.exec(claim)?.[0] ?? '';
  return AUXILIARY.test(first) || PAST_FORM.test(first);
}
