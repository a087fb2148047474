import { MONTHS, WEEKDAYS } from './calendar-words';
import { eachMatch } from './each-match';
import { lowerStart } from './lower-start';
import { POSSESSIVE_END } from './modal-clause';
import { nounPlan } from './noun-plan';
import { phrasalVerbEnd } from './phrasal-verb-end';
import type { PhraseContext } from './phrase-question';
import { cutClause, reportedClause } from './question-clauses';
import { schedule } from './schedule-question';
import { isSubjectPhrase, namesSomeone } from './source-questions';
import { timeNoun } from './time-noun';
import { namedIn, pronounFits } from './with-actor';

/** Templates for what someone plans, vows or is weighing: subject + base verb phrase, so always a clean "Will…?". */

const PLANS =
  /^(.{2,90}?)\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:also\s+)?(?:plans?|planned|planning|intends?|intended|vow(?:s|ed)?|pledg(?:es|ed)|threaten(?:s|ed)?)\s+to\s+(.{6,})$/i;
const MULLING = /^(.{2,90}?)\s+(?:is|are|was|were)\s+(?:currently\s+|now\s+)?mulling\s+(.{6,})$/i;
const PRONOUN = /^(?:he|she|it|they|we)$/i;
/** A time the words point back to: "that day", "the same night", "the following week". */
const POINTED_TIME =
  /\b(?:that|the same|the next|the following)\s+(?:day|night|morning|afternoon|evening|week|weekend|month)\b/i;
/**
 * A time the clause itself gives: a weekday, a month, "next week", "tomorrow", "immediately", a year after a
 * preposition of time ("by the end of 2006", "in 2017"). After "in" the month list is its own, without "May", as it
 * was written; the shared list would add "in May" and change what is asked. "and when?" after a time given asks what
 * the clause answers (sample 43's #42, "challenge those assumptions immediately, and when?").
 */
const GIVEN_TIME = new RegExp(
  String.raw`\b(?:on|by|until|this|next)\s+(?:${WEEKDAYS}|${MONTHS})\b|\b(?:in|by|until)\s+(?:January|February|March|April|June|July|August|September|October|November|December)\b|\bnext\s+(?:week|weekend|month|year)\b|\b(?:tomorrow|tonight|immediately)\b|\b(?:in|by|until|before)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:19|20)\d\d\b`,
);

/**
 * A time named by a noun after "the": "until the spring", "by the weekend", "over the summer", "in the early autumn",
 * "by the end of the season", a noun whose commonest WordNet sense is a time (time-noun.ts); that noun may follow one
 * modifying noun ("before the storm season ends", "during the holiday weekend"). A time with no date in it ("in the
 * future", "for the moment") gives none.
 */
const THE_TIME =
  /\b(until|till|by|before|through|over|during|in|after)\s+the\s+((?:end|start|beginning|middle)\s+of\s+the\s+)?((?:early|late|coming|next)\s+)?([a-z]+)\b(?:\s+([a-z]+)\b)?/g;
const UNDATED_TIME = /^(?:future|past|present|moment|meantime|interim)$/;
/**
 * "during the day", "through the night" say how long or at what hour, not when: a time is given after "during" or
 * "through" only with an end or a modifier that dates it ("during the coming weeks", "through the end of the
 * season"; review 51's B-r51-5).
 */
const SPAN_ONLY = /^(?:during|through)$/i;
function namesTime(clause: string): boolean {
  for (const m of eachMatch(THE_TIME, clause)) {
    const [, preposition, edge, modifier, first, second] = m;
    const head = timeNoun(first!) || !second ? first! : second;
    if (!timeNoun(head) || UNDATED_TIME.test(head)) continue;
    if (SPAN_ONLY.test(preposition!) && !edge && !modifier) continue;
    return true;
  }
  return false;
}

function subjectOf(raw: string, ctx: PhraseContext, clause: string): string | null {
  const subject = raw.trim();
  // A pronoun never stands for a name inside its own clause ("She plans to face Greene" is not Greene's plan).
  if (PRONOUN.test(subject))
    return pronounFits(subject, ctx.actorIsPerson) && !(ctx.actor && namedIn(ctx.actor, clause)) ? ctx.actor : null;
  if (subject.split(/\s+/).length > 8 || /[,;:"“]/.test(subject) || !namesSomeone(subject)) return null;
  // "Her vow to go after…", "Mr. Smith's pledge to…": after a possessive, "vow"/"pledge" is a noun, not the verb.
  if (POSSESSIVE_END.test(subject)) return null;
  // "The board put off plans to raise fees": after a verb and its particle, "plans" is that verb's object.
  if (phrasalVerbEnd(subject.toLowerCase())) return null;
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
  // "The latest plan to … is a Hail Mary play": "plan" is the subject's head, no verb of intent, and the
  // sentence's own verb is the one any question must keep.
  const form = plans && plans[0].slice(plans[1]!.length).trim().split(/\s+/)[0]!;
  if (plans && !nounPlan(plans[1]!, form!, plans[2]!)) {
    const who = subjectOf(plans[1]!, ctx, clause);
    const planned = cutClause(plans[2]!, 16);
    // "plans to meet with Reid that day": the day is the sentence before's, so "when?" is answered there
    // and the question would rest on a reference it cannot show: the passage instead.
    if (who && POINTED_TIME.test(planned)) return null;
    // "plans to visit Charlotte on Sunday": the copy gives the time, so only whether is open. A clause
    // cut short ("…") keeps the frame's tail, which the vetting refuses after a cut.
    const timed = (GIVEN_TIME.test(planned) || namesTime(planned)) && !planned.endsWith('…');
    // A plan cut short ("…, thereby avoiding the chaos and…") is refused by the vetting after ", and when?"; the
    // schedule reading asks the sentence's own will-clause whole where it can, so the cut is no question of its own.
    if (who && !planned.endsWith('…')) return timed ? `Will ${who} ${planned}?` : `Will ${who} ${planned}, and when?`;
  }
  return schedule(ctx);
}
