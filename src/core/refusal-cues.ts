/**
 * A party's refusal to speak ("declined to comment"), one kind of unknown marker: the copy reporting that the party
 * would not give the fact. Copy words it many ways ("wouldn't say", "has not commented publicly", "none of the
 * trustees would comment"); each pattern here says the party did not speak, not what it did: "did not respond"
 * alone ("did not respond to the crisis") is not one, "did not respond to a request for comment" is.
 */
const NOT = `(?: not|n['’]t)`;
// "to a request", "to a Reuters request", "to messages", "calls", "to emailed questions": not "to his message on trade".
const REQUESTED = String.raw`(?:(?:(?:a|an|the|several|repeated|multiple|two|three|our|their)(?: [\w.'’-]+)?|emailed|written|repeated|further|detailed) )?(?:phone )?(?:requests?|questions?|messages?|e-?mails?|calls?|inquiries|inquiry|queries)\b`;

/**
 * The party gave no response: the forms thread answers ("did X comment?") and the follow-ups' refusal family
 * read alike. "did not respond" counts before a request ("…to a request for comment", "didn't return calls") or
 * at the clause's end ("has not responded."), not before anything else ("had not responded to the flooding").
 */
export const NO_RESPONSE = [
  String.raw`(?:did|does|has|have|had)${NOT} (?:yet )?(?:immediately )?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?)(?: to)? ${REQUESTED}`,
  String.raw`(?:did|does|has|have|had)${NOT} (?:yet )?(?:immediately )?(?:respond(?:ed)?|repl(?:y|ied))(?=\s*(?:[.,;:]|$))`,
  `(?:(?:could|can)${NOT}|cannot) be reached`,
  // "None of the trustees would comment", "neither of the brothers was willing to speak".
  `(?:none|neither) of [^.;:!?,"“”]{1,60}? (?:would|will|could|wanted to|was willing to|were willing to) (?:immediately )?(?:comment|respond|say|speak)`,
].join('|');

const REFUSING = [
  `declined to (?:say|comment|reveal|disclose|give|name)`,
  // Not "refused to say": "he refused to say that Jerusalem should be…" withholds an opinion, not a fact.
  `refused to (?:comment|answer questions)`,
  `(?:(?:would|will|could)${NOT}|won['’]t|can['’]t|cannot) (?:say|reveal|disclose|comment|elaborate)`,
  `did${NOT} (?:say|reveal|disclose|give details)`,
  // "would not offer details of the attendees", "won't give any further details": the fact withheld, not a view.
  `(?:(?:would|will|could)${NOT}|won['’]t) (?:offer|give|provide) (?:any )?(?:further |more |other )?details`,
  // "has not commented publicly", "hadn't said": nothing from the party so far.
  `(?:has|have|had)${NOT} (?:yet )?(?:publicly )?(?:commented|said)`,
  NO_RESPONSE,
  `(?:no one|nobody|no-one) (?:at|from|in) [^.;,"“”]{1,50}? (?:would|could) (?:comment|say|speak)`,
].join('|');

/** Every refusal in a sentence (global: for replacing them all). */
export const REFUSAL = new RegExp(String.raw`\b(?:${REFUSING})\b`, 'gi');
/** The refusal cues as a pattern source, for a larger unknown-marker pattern. */
export const REFUSAL_SOURCE = REFUSING;
