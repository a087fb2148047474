import { eachMatch } from './each-match';
import { irregularPastForm } from './past-participle';
import { PAST_TIME } from './past-time';

/**
 * Does a sentence tell a dated past event and look forward nowhere? "the court's 5-to-3 decision on
 * Monday striking down…", "Despite an extension of the deadline, the amendment died, on June 30,
 * 1982": a decision or a deadline told with the day it happened is history, not a step still to come.
 * The date must sit by a verb in the past (the event's own verb, within four words), and a wait that runs
 * on ("have awaited a decision since 2014") is no past event: "since" dates no event.
 * A sentence with any forward-looking word (a modal, "expected", "due", "yet", "next", "until"…) keeps
 * its pending cue: "The court will rule on Monday" and "A decision is due on Monday" wait for something,
 * and so does a call or demand for an act ("called for a special prosecutor … on Monday"), an ultimatum
 * ("by midday on Monday or face…"), or a plan ("he planned to vote … on Friday"). "Asked" looks forward only as a
 * request ("asked the court to rule", "asked for a delay"): "was asked about the case in an interview on Monday" is
 * a question put, and told.
 * Only the sentence's own tense and time words are read, so no clock is needed; a year is taken as past
 * only beside a past verb ("died … in 1982"), never on its own.
 */
export const FORWARD =
  /\b(?:will|won't|shall|would|wouldn't|could|may|might|must|should|can|going to|gonna|expected|expects?|expecting|due|set to|scheduled|poised|plans?|planning|intends?|aims?|hopes?|yet|upcoming|coming|next|pending|awaits?|awaited|awaiting|until|later|soon|tomorrow|to be|is to|are to|likely|unlikely|ahead|future|still|remains?|if|whether|once|ongoing|continu\w*|planned|vowed|pledged|promised|preparing|prepares|call(?:s|ed)? (?:for|on)|urg(?:e|es|ed|ing)|demanded|asked(?=(?:\s+\S+){0,4}?\s+(?:to|for|that)\b)|requested|or face|by (?:midday|noon|midnight|the end))\b/i;

/** A verb in the past: a regular "-ed" form (not "hundred", "speed"…) or a common irregular one. */
const PAST_VERB =
  /\b(?:was|were|did|died|said|made|took|came|went|gave|won|lost|met|held|ran|began|left|told|found|became|fell|rose|struck|(?!(?:hundred|speed|need|seed|feed|breed|proceed|exceed|succeed|shed|bed|red|sacred|naked|wicked|kindred|deed|greed|indeed|bled)\b)[a-z]{2,}ed)\b/;

/** A word in the past: PAST_VERB's forms, or any irregular past WordNet lists ("heard", "paid", "sought", "wrote"). */
export function pastVerbWord(word: string): boolean {
  return PAST_VERB.test(word) || (/^[a-z]/.test(word) && irregularPastForm(word));
}

/** Whether a stretch of text holds a verb in the past, regular or irregular ("told", "paid", "heard"). */
export function saysPastVerb(text: string): boolean {
  return PAST_VERB.test(text) || (text.match(/\b[a-z]+\b/g) ?? []).some(irregularPastForm);
}

/** Four words either side of the date. */
const NEAR = /(?:\S+\s+){0,4}$/;
const AFTER = /^\S*(?:\s+\S+){0,4}/;

export function pastDated(text: string): boolean {
  // The month "May 2" is no modal.
  if (FORWARD.test(text.replace(/\bMay(?= \d)/g, ''))) return false;
  for (const m of eachMatch(PAST_TIME, text)) {
    const before = NEAR.exec(text.slice(0, m.index))?.[0] ?? '';
    const after = AFTER.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    if (saysPastVerb(`${before} ${after}`)) return true;
  }
  return false;
}
