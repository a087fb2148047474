import { outcomeEvent } from './outcome-event';

/** The schedule cue's date alternative: "scheduled for Saturday", "set for Aug. 30", "slated for next Tuesday". */
const DATED_MATCH = /^(?:scheduled|set|slated) for\b/i;
/** The verb "be" between an event and its schedule ("the final is scheduled for …"): no part of the event's words. */
const BE_END = /\s+(?:is|are|was|were|being|(?:has|have|had) been)\s*$/i;
/** A preposition opening the clause ("with sentencing scheduled for …"): no part of the event's words. */
const LEADING_PREPOSITION = /^(?:with|and|as)\s+/i;
/** Where the event's own words end and its complements begin: "a vote | by the full council on the plan". */
const COMPLEMENT = /\s(?:by|on|of|for|into|over|about|against|at|in|from|to|after|before)\s/i;

/**
 * Whether a date given to an event names one nothing the story waits on comes of: "…, with the final scheduled for
 * Saturday", "a joint rally slated for Wednesday". A fixture or a show is on the calendar, not open; a vote, hearing,
 * inquiry, talks or primary has an outcome (outcome-event.ts). On the PolNeAR train labels, the one dated event the
 * editors flagged is a primary ("The … primaries are set for Aug. 30"); a rally and a debate went unflagged. The
 * event's words are the clause's (after any comma) up to its first preposition, however long the complements that
 * follow: "A vote by the full council on the new housing plan for the east of the city is set for Tuesday" is a vote
 * (review 61's R61-7, where a six-word tail read "plan for the east of the city").
 */
export function routineEvent(text: string, index: number, match: string): boolean {
  if (!DATED_MATCH.test(match)) return false;
  const clause = text
    .slice(0, index)
    .replace(BE_END, '')
    .split(/[,;:(—–]/)
    .pop()!;
  const words = clause.trim().replace(LEADING_PREPOSITION, '').split(COMPLEMENT)[0]!.trim();
  return words !== '' && !outcomeEvent(words);
}
