/**
 * A no-comment line's refusal: "declined to comment", "did not (immediately) respond to requests for comment",
 * "could not be reached", "did not return calls", "no comment". It says the other side has not answered, not
 * that a fact is unknown; and asking that side again is no lead (declined-parties.ts drops such questions),
 * so the cue counts for nothing. A refusal of a named fact keeps its cue: "declined to say how many",
 * "declined to comment on whether he would resign", "did not respond to questions about the cost".
 */
const NO_COMMENT_MATCH =
  /^(?:(?:refused|declined|would not|wouldn't|did not|didn't|could not|couldn't) (?:to )?comment|did not (?:immediately )?(?:respond|return)|could not be reached|no comment)$/i;

/** What follows the refusal when it names the fact withheld: a wh-clause or the thing asked about. */
const NAMED_FACT =
  /^\s*(?:(?:to|on|about|regarding)\s+(?:(?:requests?|questions?|inquiries|queries|calls?|emails?|messages?)\s+(?:for comment\s+)?)?(?:about|on|regarding|over|concerning)?\s*(?:whether|how|why|what|when|who|which|where|if)\b|(?:on|about|regarding|to)\s+(?:questions?|inquiries)\s+(?:about|on|regarding)\s+(?!(?:the |this |his |her |its |their )?(?:story|report|article|matter|allegations?|claims?)\b))/i;

export function noCommentLine(text: string, index: number, match: string): boolean {
  if (!NO_COMMENT_MATCH.test(match)) return false;
  return !NAMED_FACT.test(text.slice(index + match.length));
}
