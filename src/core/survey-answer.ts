/**
 * Where the respondents' own answer starts in a sentence that reports a poll's figures ("67 percent
 * say they will vote for Trump", "a majority of respondents said they would back…"), or -1. What
 * follows is what people told pollsters: its future verb is theirs, not an event the story waits for,
 * so a pending cue inside it labels nothing still to happen (a named poll's figure is its own record).
 * Read from the share (a percentage, "a majority of", "half of", "respondents") and the speech verb
 * whose subject it is; no poll or story is named.
 */
const SHARE =
  /(?:\d\s?%|\bper ?cent\b|\bpercentage\b|\b(?:majority|plurality|minority|half|third|thirds|quarter|quarters|fifth|fifths|share|proportion) of\b|\brespondents\b|\bthose (?:surveyed|polled|asked)\b)/i;

/** The speech verb that ties the share to the answer, and the answer's own subject pronoun. */
const ANSWER =
  /^[^.;:"“”]{0,80}?\b(?:say|says|said|told (?:pollsters|the pollsters|researchers)|answered|responded|indicated|reported)\s+(?:that\s+)?(?:they|he|she|it)\b/i;

export function surveyAnswer(text: string): number {
  const share = SHARE.exec(text);
  if (!share) return -1;
  const from = share.index + share[0].length;
  const answer = ANSWER.exec(text.slice(from));
  return answer ? from + answer[0].length : -1;
}
