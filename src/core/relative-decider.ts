// The antecedent's shapes are the speaker reading's: a capitalised run, else a determiner and up to four words.
import { DESCRIPTION, NAME_RUN } from './relative-antecedent';

/** The choice's subject is a relative pronoun set off by a comma: ", which will decide whether …". */
const RELATIVE_END = /,\s*(?:which|who)$/i;

/**
 * Who makes a choice left open in a non-restrictive relative clause: the clause's antecedent ("The county board,
 * which will decide whether to revoke the licence, meets next month" → "The county board"). The relative pronoun is
 * no name, and the sentence's actor may be anyone the article named before (issue 13: "Will Dana Whitlow revoke …?"
 * was asked of the owner the board rules on). `before` is the text up to the choice's verb phrase. Undefined when
 * the choice is not in such a clause; null when it is and its antecedent is no name or description the question
 * could use: no one is asked then.
 */
export function relativeDecider(before: string): string | null | undefined {
  const end = RELATIVE_END.exec(before.trimEnd());
  if (!end) return undefined;
  const head = before.trimEnd().slice(0, end.index);
  return NAME_RUN.exec(head)?.[0] ?? DESCRIPTION.exec(head)?.[1] ?? null;
}
