/**
 * A party's refusal to speak ("declined to comment"), one kind of unknown marker: the copy reporting that the party
 * would not give the fact. Copy words it many ways ("wouldn't say", "has not commented publicly", "none of the
 * trustees would comment"); each pattern here says the party did not speak, not what it did: "did not respond"
 * alone ("did not respond to the crisis") is not one, "did not respond to a request for comment" is.
 */
const NOT = `(?: not|n['’]t)`;
const REFUSING = [
  `declined to (?:say|comment|reveal|disclose|give|name)`,
  // Not "refused to say": "he refused to say that Jerusalem should be…" withholds an opinion, not a fact.
  `refused to (?:comment|answer questions)`,
  `(?:(?:would|will|could)${NOT}|won['’]t|can['’]t|cannot) (?:say|reveal|disclose|comment|elaborate)`,
  `did${NOT} (?:say|reveal|disclose|give details)`,
  // "has not commented publicly", "hadn't said": nothing from the party so far.
  `(?:has|have|had)${NOT} (?:yet )?(?:publicly )?(?:commented|said|responded)`,
  // "did not (immediately) respond to a request / to messages seeking comment", "didn't return calls".
  String.raw`(?:did|does|has|have|had)${NOT} (?:immediately |yet )?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?) (?:to )?(?:[\w-]+ ){0,3}?(?:requests?|messages?|e-?mails?|calls?|inquiries|inquiry)`,
  `(?:could|can)${NOT} be reached`,
  // "None of the trustees would comment", "no one at the council could say".
  `(?:none|neither) of [^.;,"“”]{1,50}? (?:would|could|wanted to|was willing to|were willing to) (?:comment|say|speak)`,
  `(?:no one|nobody|no-one) (?:at|from|in) [^.;,"“”]{1,50}? (?:would|could) (?:comment|say|speak)`,
].join('|');

/** Every refusal in a sentence (global: for replacing them all). */
export const REFUSAL = new RegExp(String.raw`\b(?:${REFUSING})\b`, 'gi');
/** The refusal cues as a pattern source, for a larger unknown-marker pattern. */
export const REFUSAL_SOURCE = REFUSING;
