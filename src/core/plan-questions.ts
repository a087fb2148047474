import { POSSESSIVE_END } from './modal-clause';
import type { PhraseContext } from './phrase-question';
import { namedIn, pronounFits, schedule } from './phrase-question';
import { cutClause, lowerStart, reportedClause } from './question-clauses';
import { isSubjectPhrase, namesSomeone } from './source-questions';

/** Templates for what someone plans, vows or is weighing: subject + base verb phrase, so always a clean "Will…?". */

const PLANS =
  /^(.{2,90}?)\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:also\s+)?(?:plans?|planned|planning|intends?|intended|vow(?:s|ed)?|pledg(?:es|ed)|threaten(?:s|ed)?)\s+to\s+(.{6,})$/i;
const MULLING = /^(.{2,90}?)\s+(?:is|are|was|were)\s+(?:currently\s+|now\s+)?mulling\s+(.{6,})$/i;
const PRONOUN = /^(?:he|she|it|they|we)$/i;

function subjectOf(raw: string, ctx: PhraseContext, clause: string): string | null {
  const subject = raw.trim();
  // A pronoun never stands for a name inside its own clause ("She plans to face Greene" is not Greene's plan).
  if (PRONOUN.test(subject))
    return pronounFits(subject, ctx.actorIsPerson) && !(ctx.actor && namedIn(ctx.actor, clause)) ? ctx.actor : null;
  if (subject.split(/\s+/).length > 8 || /[,;:"“]/.test(subject) || !namesSomeone(subject)) return null;
  // "Her vow to go after…", "Mr. Smith's pledge to…": after a possessive, "vow"/"pledge" is a noun, not the verb.
  if (POSSESSIVE_END.test(subject)) return null;
  // "Cleveland sets strict rules as Philadelphia plans to…": the words before "plans" hold a clause.
  if (!isSubjectPhrase(subject, raw)) return null;
  return lowerStart(subject, ctx.properWords);
}

/** "The brothers are currently mulling the sale of Littlewoods" -> "Will the brothers go ahead with the sale of Littlewoods?" */
export function planQuestion(ctx: PhraseContext): string | null {
  const clause = reportedClause(ctx.text);
  // "They have no immediate plans to release the recordings": nothing is planned, so no "Will…?".
  if (/\bno\s+(?:immediate\s+|current\s+)?plans?\s+to\b/i.test(clause)) return null;
  const mulling = MULLING.exec(clause);
  if (mulling) {
    const who = subjectOf(mulling[1]!, ctx, clause);
    return who ? `Will ${who} go ahead with ${cutClause(mulling[2]!, 16)}?` : null;
  }
  const plans = PLANS.exec(clause);
  if (plans) {
    const who = subjectOf(plans[1]!, ctx, clause);
    if (who) return `Will ${who} ${cutClause(plans[2]!, 16)}, and when?`;
  }
  return schedule(ctx);
}
