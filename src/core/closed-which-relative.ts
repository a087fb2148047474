/** ", which" (an adverb at most between) right before the reporting verb. */
const WHICH_BEFORE = /,\s*which\s+(?:also\s+|[a-z]+ly\s+)?$/;
/** The relative's words closed by a comma and the main clause's own finite verb right after it. */
const MAIN_VERB_AFTER =
  /^[^,.;:"“”]{1,80},\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do)\b/;

/**
 * "Groups like ISIS, which claimed responsibility for the attacks, are slipping …": a "which" relative set inside its
 * sentence's subject, its verb's object closed by the comma before the main verb, reports no clause (audit 61's
 * B-a61-2 reads the antecedent of ", which said" as a speaker; this keeps that to a relative that reports one).
 * `near` is the text before the verb, `clause` the words after it.
 */
export function closedWhichRelative(near: string, clause: string): boolean {
  return WHICH_BEFORE.test(near) && MAIN_VERB_AFTER.test(clause);
}
