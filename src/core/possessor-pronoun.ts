import { agentNoun } from './agent-noun';
import { isRoleHead } from './role-heads';

/** A denier written as a name's possession: "Fiorina's team", "Carly Fiorina's campaign", "Smith's lawyer". */
const POSSESSIVE = /^((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s?\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)$/;

/**
 * Whom a "he"/"she" in a denied that-clause stands for when the denier is a name's possession ("Fiorina's team
 * denied that she would be accepting new speeches"): a head that names no person (team, campaign, office) cannot be
 * "she", so the possessor is meant, and stands in the claim ("Will Fiorina be accepting …", sample 44's #36, which
 * asked "Will Fiorina's team be accepting new speeches …?"). A head that names a person ("Smith's lawyer", "the
 * mayor's spokeswoman") leaves the pronoun to either, so null: the passage is shown. Undefined when the denier is no
 * such possession, or the pronoun is no "he"/"she": the caller reads it as before.
 */
export function possessorPronoun(denier: string, pronoun: string | undefined): string | null | undefined {
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  const owned = POSSESSIVE.exec(denier);
  if (!owned) return undefined;
  const head = owned[2]!;
  return agentNoun(head) || isRoleHead(head) ? null : owned[1]!;
}
