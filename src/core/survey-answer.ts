/**
 * Where the respondents' answer (from its speech verb) starts in a sentence that reports a poll's figures ("67 percent
 * say they will vote for Trump", "51 percent of respondents said they would back…"), or -1. What
 * follows is what people told pollsters: its future verb is theirs, not an event the story waits for,
 * so a pending cue inside it labels nothing still to happen (a named poll's figure is its own record).
 * Read from the share and the speech verb whose subject it is, with no other subject between: "Turnout
 * rose 5 percent, the minister said she will…" and "Half of the senators said they will vote…" (a
 * count of a body's votes to come, no poll) keep their pending cue, and so does a share of a body reached
 * another way ("Of the councillors asked, 12 percent said they would vote…"): a poll word must stand in the
 * sentence or its `context` (the headline and the sentence before, cue-context.ts). No poll or story is named.
 */
const ANSWER = new RegExp(
  // The share: a percentage, or the respondents themselves.
  String.raw`(?:\d\s?%|\bper ?cent\b|\brespondents\b|\bthose (?:surveyed|polled|asked)\b)` +
    // Its noun phrase: "of registered voters nationwide", "of Cuban-Americans polled" (no clause break).
    String.raw`(?:\s+of\s+[^,.;:"“”]{1,60}?)?(?:\s+(?:polled|surveyed|asked|nationwide|overall))?,?\s+` +
    // The speech verb and the answer's subject, the respondents again.
    String.raw`(say|says|said|told (?:pollsters|the pollsters|researchers)|answered|responded)\s+(?:that\s+)?they\b`,
  'i',
);

/**
 * The share as the modal's own subject, with no speech verb: "Among Republicans, 27 percent would vote for Trump",
 * "Forty-one percent would choose Sanders" give what respondents answered as directly. Only a choice between
 * candidates or options is read (vote, back, support, choose, pick, prefer, favo(u)r, elect), so "5 percent of the
 * budget will go to schools" is no answer; and, as above, a poll word must stand near.
 */
const CHOICE = new RegExp(
  String.raw`(?:\d\s?%|\bper ?cent\b|\brespondents\b)(?:\s+of\s+[^,.;:"“”]{1,60}?)?\s+` +
    String.raw`(would|will|wouldn't|won't)\s+(?:not\s+|still\s+|definitely\s+|probably\s+)?` +
    String.raw`(?:vote|back|support|choose|pick|prefer|favou?r|elect)\b`,
  'i',
);

/** What says a poll was taken: the poll, its pollster, its respondents, those surveyed. */
const POLL = /\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents|questionnaires?|margin of error)\b/i;

export function surveyAnswer(text: string, context = ''): number {
  if (!POLL.test(text) && !POLL.test(context)) return -1;
  // The earlier answer of the two forms opens what respondents said.
  const at = [ANSWER.exec(text), CHOICE.exec(text)].flatMap((m) => (m ? [m.index + m[0].lastIndexOf(m[1]!)] : []));
  return at.length ? Math.min(...at) : -1;
}
