import { MONTHS, SHORT_MONTHS, WEEKDAYS } from './calendar-words';

/**
 * What a dated event decides when it is held: a vote, a hearing, a trial (scheduled-outcome.ts's events) and the
 * other sittings whose outcome is news. "The vote will take place on Feb. 5" stays a lead; its outcome is asked.
 */
const CONSEQUENTIAL =
  /\b(?:hearings?|votes?|ballots?|referend(?:um|ums|a)|elections?|primar(?:y|ies)|caucus(?:es)?|trials?|inquir(?:y|ies)|inquests?|reviews?|appeals?|meetings?|sessions?|summits?|debates?|talks|conferences?|consultations?|sentencing|rulings?|decisions?|strikes?|walkouts?|protests?|negotiations?)\b/i;
/** "will take place on Feb. 5", "will be held on 5 February", "will be staged next Saturday": a date set, as usual. */
const HELD_ON = new RegExp(
  String.raw`\b(?:will|would|shall) (?:take place|be held|be staged)(?: as (?:usual|planned|scheduled))? (?:on|next|this|in) (?:(?:${WEEKDAYS}|${MONTHS})\b|(?:${SHORT_MONTHS})\. \d|\d)`,
  'i',
);
/**
 * What leaves the date itself in doubt: a condition, a hope or an expectation, a denial, a postponement. The modal
 * "may" is read in lower case only, so the month ("on 3 May") is no doubt (review 65's R65-2).
 */
const IN_DOUBT =
  /\b(?:if|unless|whether|provided|expected|likely|unlikely|hopes?|hoped|might|could|not|never|postpone[ds]?|delay(?:ed|s)?|cancel(?:led|ed|s)?|despite)\b|n['’]t\b/i;
const MAY = /\bmay\b/;
/**
 * What the copy says makes the event routine: it recurs ("the annual regatta", "the weekly market") or is held "as
 * usual". Without that word an event is not known to be routine ("The eviction of the 300 families will take place on
 * Monday" is a lead, review 65's R65-2), so the cue stays: a list of exceptions silenced every event outside it.
 */
const ROUTINE =
  /\b(?:annual|annually|yearly|biennial|weekly|monthly|traditional|customary|regular)\b|\bas (?:usual|every year|each year|always)\b/i;

/**
 * A routine event held on the date the copy gives ("The annual show will take place on Feb. 5", issue 13, fu63): the
 * sentence answers "Will the show take place on Feb. 5?", so it is no lead for the future family. An event the copy
 * does not call routine, one whose outcome is news (a vote, a hearing) or a date left in doubt keeps the cue.
 */
export const routineDatedEvent = {
  test(sentence: string): boolean {
    if (!HELD_ON.test(sentence) || (sentence.match(/\b(?:will|would|shall)\b/gi) ?? []).length > 1) return false;
    if (!ROUTINE.test(sentence) || MAY.test(sentence)) return false;
    return !CONSEQUENTIAL.test(sentence) && !IN_DOUBT.test(sentence);
  },
};
