/**
 * Does a sentence tell a dated past event and look forward nowhere? "the court's 5-to-3 decision on
 * Monday striking down…", "Despite an extension of the deadline, the amendment died, on June 30,
 * 1982": a decision or a deadline told with the day it happened is history, not a step still to come.
 * A sentence with any forward-looking word (a modal, "expected", "due", "yet", "next", "until"…) keeps
 * its pending cue: "The court will rule on Monday" and "A decision is due on Monday" wait for something,
 * and so does a call or demand for an act ("called for a special prosecutor … on Monday"), an ultimatum
 * ("by midday on Monday or face…"), or a plan ("he planned to vote … on Friday").
 * Only the sentence's own tense and time words are read, so no clock is needed.
 */
const FORWARD =
  /\b(?:will|won't|shall|would|wouldn't|could|may|might|must|should|can|going to|gonna|expected|expects?|expecting|due|set to|scheduled|poised|plans?|planning|intends?|aims?|hopes?|yet|upcoming|coming|next|pending|awaits?|awaiting|until|later|soon|tomorrow|to be|is to|are to|likely|unlikely|ahead|future|still|remains?|if|whether|once|ongoing|continu\w*|planned|vowed|pledged|promised|preparing|prepares|call(?:s|ed)? (?:for|on)|urged|demanded|asked|requested|or face|by (?:midday|noon|midnight|the end))\b/i;

/** A past time the sentence dates its event by. */
const PAST_TIME =
  /\b(?:in|on|since) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?,? )?(?:1[89]\d\d|20[0-4]\d)\b|\b(?:last|earlier this) (?:week|month|year|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b|\b\w+ (?:days|weeks|months|years|decades) ago\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A verb in the past: a regular "-ed" form or a common irregular one. */
const PAST_VERB =
  /\b(?:was|were|had|did|died|said|made|took|came|went|gave|won|lost|met|held|ran|began|left|told|found|became|fell|rose|struck|\w{3,}ed)\b/;

export function pastDated(text: string): boolean {
  // The month "May 2" is no modal.
  return PAST_TIME.test(text) && PAST_VERB.test(text) && !FORWARD.test(text.replace(/\bMay(?= \d)/g, ''));
}
