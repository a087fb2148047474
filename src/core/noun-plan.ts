/**
 * Words that cannot end a noun phrase: a determiner, a possessive or a modifier before its head ("The
 * latest plan to …" read as the subject "The latest" and the verb "plan"), or a preposition whose object
 * the plan is ("The minister quit over plans to close the hospital": the subject holds its own verb).
 */
const HEADLESS_END =
  /(?:^|\s)(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|latest|newest|last|first|next|new|own|final|recent|current|previous|original|initial|revised|proposed|biggest|boldest|best|main|official|over|at|in|on|of|for|with|about|against|from|by|to|into|under|amid|despite|after|before)$/i;

/** A verb of intent that is also a noun: "the plan to … is", "his vows to … were". */
const NOUN_FORM = /^(?:plans?|vows?|pledges?|hopes?|aims?|needs?)$/i;
/** A word after which a finite verb belongs to another clause, coordinated or subordinate. */
const CLAUSE_OPENER =
  /^(?:and|but|or|nor|that|who|whom|whose|which|where|when|whether|why|how|what|if|because|until|unless|after|before|while|as|since|once|so|than|though|although|ensure|ensures|make|makes|sure|see|show|prove|say|says|tell|argue|insist|claim|know|think|believe|decide|hope|announce|declare|confirm|reveal)$/i;
const FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|shall|does|did|remains|seems)$/i;

/** Whether the words after "plan to" hold a finite verb of their own before any clause of theirs opens. */
function ownFiniteVerb(rest: string): boolean {
  for (const word of rest.match(/[A-Za-z'’]+/g) ?? []) {
    if (CLAUSE_OPENER.test(word)) return false;
    if (FINITE.test(word)) return true;
  }
  return false;
}

/**
 * Whether "<subject> <plan> to <rest>" reads "plan" as a noun, the subject's head, and not as its verb:
 * the words before it are no whole noun phrase ("The latest"), or the words after it hold the sentence's
 * own finite verb ("The latest plan to try to stop Trump is a Hail Mary play"). No "Will <subject>
 * <rest>?" can then be made of it.
 */
export function nounPlan(subject: string, plan: string, rest: string): boolean {
  return HEADLESS_END.test(subject.trim()) || (NOUN_FORM.test(plan.trim()) && ownFiniteVerb(rest));
}
