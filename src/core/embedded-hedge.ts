/**
 * A hedge inside an embedded clause: "the judge said a conspiracy Lee allegedly plotted with a guard was enough to
 * hold him". The hedge doubts only the relative clause ("Lee plotted"), not the clause asked ("… was enough"), so
 * the question's own doubt ("Can it be confirmed that …") does not carry it, and dropping it states the charge as
 * fact (sample 32's #49, issue 13: no word of the copy altered). The shape: after the hedged verb, and before the
 * next comma or subordinator, the clause goes on to a finite verb of its own that no coordinator joins ("and was arrested" is the
 * hedged subject's second verb, still under the hedge's reading).
 */

const HEDGE =
  /\b(?:reportedly|allegedly|apparently|purportedly|supposedly|(?:is|are|was|were) (?:said|thought|believed|understood|rumou?red) to)\b/gi;

/** A finite auxiliary, or "be" in a finite form; the word before it must not be a coordinator or a comma. */
const LATER_FINITE =
  /(?<!\b(?:and|or|but|nor|then)\s)(?<![,;]\s)\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)\b/i;

/** Only a bounded stretch after the hedge is read: the clause it sits in ends at a comma or stop within it. */
const STRETCH = 160;

export function embeddedHedge(text: string): boolean {
  for (const hedge of text.matchAll(HEDGE)) {
    const start = hedge.index + hedge[0].length;
    // A hedge opening the sentence ("Apparently the country …") doubts all of it.
    if (/^\W*(?:(?:but|and|so|yet)\s+)?$/i.test(text.slice(0, hedge.index))) continue;
    // A verb after a subordinator ("believed the polls that he had", "began after the report was presented") is
    // that subordinate clause's, not a second main verb: the stretch read ends at the first one.
    const stretch = text
      .slice(start, start + STRETCH)
      .split(
        /[,;:.!?—–]|\s-\s|\b(?:that|which|who|whom|whose|when|where|if|because|as|while|after|before|since|until|unless|though|although)\b/i,
      )[0]!;
    // The hedged verb itself ("allegedly was", "is said to have") is the clause's own: skip its first word.
    const after = stretch.replace(/^\s*\S+/, '');
    if (LATER_FINITE.test(after)) return true;
  }
  return false;
}
