import { subjectBefore } from './claim-phrases';

/**
 * The choice's verb with what may stand between it and its subject: an auxiliary ("has yet to", "will", "is
 * still"), so that the text before the match is the subject.
 */
const CHOICE_VERB =
  /\s(?:(?:has|have|had|needs?|needed)\s+(?:yet\s+)?to\s+|(?:will|would|must|may|might|could|can|should)\s+|(?:is|are|was|were)\s+(?:(?:set|due|expected|likely|about|yet)\s+to\s+|still\s+|also\s+|now\s+)?)?(?:decide|deciding|considering|weighing(?: up)?)\s+whether\b/i;
/** A saying tag after the choice, behind a comma ("…, a spokesman said Monday"). */
const TRAILING_TAG = /,\s+[^,;]*\b(?:said|says|told|added|announced|confirmed)\b/i;
/** A word no subject ends on: an auxiliary or a particle the pattern above did not take ("The board ought to"). */
const NOT_A_HEAD =
  /\b(?:and|or|but|to|has|have|had|is|are|was|were|be|been|will|would|must|may|might|could|can|should|shall|do|does|did|not)$/i;
/** A saying verb and its listener before the clause it reports ("said", "told reporters that"). */
const REPORTING = /^.*\b(?:said|says|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?|announced|added|confirmed)\s+(?:that\s+)?/i;

/**
 * Who makes the choice a "decide / is considering whether to" clause leaves open: the subject of its verb, as written
 * ("The agency has yet to decide whether to renew the license, a spokesman said Monday" → "The agency"; "The mayor
 * said the agency is considering whether to …" → "the agency"). The sentence's sayer reports the choice and is not
 * the one who makes it, so a question about it must not be put to the sayer ("Will a spokesman renew the license?").
 * Null when the subject is a pronoun or nothing the clause can name, or when no one but the subject says anything:
 * the caller keeps the sentence's actor, whom a pronoun after a saying verb most often stands for ("Smith said he is
 * considering whether to run").
 */
export function deciderOf(text: string): string | null {
  const at = CHOICE_VERB.exec(text);
  const subject = at && subjectBefore(text, CHOICE_VERB);
  if (!subject) return null;
  const own = subject.replace(REPORTING, '').trim();
  // Only where someone else reports the choice: with no sayer but the subject, the actor reading stands (it keeps
  // the article a body's name takes, "Will the Department for Transport extend …").
  if (own === subject.trim() && !TRAILING_TAG.test(text.slice(at.index))) return null;
  return own && !/^(?:he|she|it|they|we|i|you)$/i.test(own) && !NOT_A_HEAD.test(own) ? own : null;
}
