/**
 * "North Korea's claim that it had successfully tested a hydrogen weapon": the claim's "it" is the claim's owner, and
 * asked alone ("Is it true that it had …?", sample 49's #20) it points at nothing. The owner's name, a capitalised
 * possessive right before the claim word, takes the pronoun's place; with no owner named there the question cannot
 * say what "it" is, and the passage is shown. An "it" the clause needs for itself ("that it is too late to …", "that it
 * takes years") is no one's: an "it" before a form of "be" or a weather or time verb is left as written.
 */
const OWNED_CLAIM =
  /(?:^|[\s"“(])((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s+(?:[a-z][\w-]*\s+)?(?:claims?|allegations?|suggestions?|assertions?)\s+that\s/;
const DUMMY_IT =
  /^it\s+(?:is|was|'s|’s|will be|would be|has been|had been|seems|seemed|appears|appeared|takes|took|remains|remained)\b/i;

/** The claim with its opening "it" named, the claim as it is, or null when "it" has no owner to name. */
export function claimOwnerIt(text: string, claim: string): string | null {
  if (!/^it\s/i.test(claim) || DUMMY_IT.test(claim)) return claim;
  const owner = OWNED_CLAIM.exec(text)?.[1];
  // "The Council's", "The Pentagon's": the article stays with the name, lower-cased by the question.
  return owner ? `${owner}${claim.slice(2)}` : null;
}
