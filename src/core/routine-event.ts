import { outcomeEvent } from './outcome-event';

/** The schedule cue's date alternative: "scheduled for Saturday", "set for Aug. 30", "slated for next Tuesday". */
const DATED_MATCH = /^(?:scheduled|set|slated) for\b/i;
/** The verb "be" between an event and its schedule ("the final is scheduled for …"): no part of the event's words. */
const BE_END = /\s+(?:is|are|was|were|being|(?:has|have|had) been)\s*$/i;

/**
 * Whether a date given to an event names one nothing the story waits on comes of: "…, with the final scheduled for
 * Saturday", "a joint rally slated for Wednesday". A fixture or a show is on the calendar, not open; a vote, hearing,
 * inquiry, talks or primary has an outcome (outcome-event.ts). On the PolNeAR train labels, the one dated event the
 * editors flagged is a primary ("The … primaries are set for Aug. 30"); a rally and a debate went unflagged. The
 * event's words are the clause's last six before the schedule (after any comma), the verb "be" left out.
 */
export function routineEvent(text: string, index: number, match: string): boolean {
  if (!DATED_MATCH.test(match)) return false;
  const clause = text
    .slice(0, index)
    .replace(BE_END, '')
    .split(/[,;:(—–]/)
    .pop()!;
  const words = clause.trim().split(/\s+/).slice(-6).join(' ');
  return words !== '' && !outcomeEvent(words);
}
