import { eachMatch } from './each-match';
import { messageNoun } from './message-noun';

/**
 * Is a one-sided challenge ("rejected", "rebuffed", "attacked", "criticized", "opposition to") the
 * writer's narration of a conflict rather than a dispute on record? A dispute needs a claim set against
 * a contrary: the challenger's own words in the sentence (a quotation or a verb of speech: "…, saying
 * the courts have no business…"), or a claim as the thing challenged ("rejected the idea that…",
 * "dismissed the reports", "warned that…", "brands X as…"), or the other party named as the source of
 * the opposition ("faced opposition from the communist parties"), or the other side answering in the
 * sentence ("…, the mayor defended it"). "The leadership rebuffed Obama's
 * offer", "Khan rejected Trump's offer Tuesday", "He has criticized Clinton for accepting donations"
 * tell an act of conflict in the writer's voice, with no claim to weigh: no disputed lead. A deciding
 * body's rejection ("the board of elections rejected both objections, ruled Cruz eligible", "the
 * Supreme Court rejected a request") is a settled ruling, whatever words it gives.
 * On the PolNeAR train follow-up labels the editors flagged 4 of the 26 such sentences (15%, against
 * 23% of all cued sentences), none as disputed (docs/evaluation.md, "Fourteenth round").
 */
const ON_RECORD =
  /["“”]|''|\b(?:saying|said|says|say|calling|called|arguing|adding|added|told|tells|wrote|writes|stating|insisting|contending|claiming|complain(?:ed|s|ing)?)\b/i;

/**
 * A claim as what the challenge is aimed at, or the challenge's own clause ("warned that…", "as…"). "As"
 * opening a clause ("the opposition has grown as they have become more common", "as costs have risen") is a
 * conjunction, not "dismissed X as…".
 */
const CLAIM_OBJECT =
  /\b(?:claims?|allegations?|accusations?|charges?|reports?|account|arguments?|assertions?|suggestions?|notion|idea|premise|characteri[sz]ations?|statements?|comments?|remarks?|views?|rhetoric|criticisms?|critique|theory|findings?|evidence|conclusions?|explanation|that|of|as(?!\s+(?:he|she|they|it|we|i|you|well|part|long|soon|much)\b)(?!\s+(?:(?!(?:that|who|which)\b)[\w'’-]+\s+){1,3}(?:have|has|had|is|are|was|were|will|would|can|could|do|does|did)\b))\b/i;

/** A worry as the challenge's own object ("rejected Saudi concerns"), not one raised later in the sentence. */
const WORRY_OBJECT = /^\s+(?:[\w'’-]+\s+){0,3}?(?:concerns?|fears?|worries)\b/i;

/** A noun challenge ("criticism over", "opposition to"): its own words are no claim, only what follows is. */
const CONCESSION = /^(?:for all|despite|in spite of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i;
const NOUN_CHALLENGE = /^(?:opposition|objections?|criticisms?|backlash|row|dispute|controversy)\b/i;

/** The other side answering in the same sentence ("As critics condemned the deal, the mayor defended it"). */
const REPLY = /\b(?:defend(?:ed|s)?|den(?:ied|ies|y)|countered|responded|replied|hit back)\b/i;
/** REPLY's every match, read with eachMatch (not a new RegExp and matchAll's copy of it per sentence). */
const REPLIES = new RegExp(REPLY.source, 'gi');

/** The other party named as the opposition's source: two sides in the copy. */
const FROM_PARTY = /^(?:opposition|objections?|criticisms?|backlash)\s+from\b/i;

/**
 * A court, a judge or a board rejecting something: the conflict is decided. The body must be the one
 * rejecting, in the same clause: "Trump attacked the judge who ruled against him" still disputes.
 */
const SETTLED =
  /\b(?:courts?|judges?|justices?|board|commission|panel|jury|tribunal)\b[^.;,]{0,60}?\b(?:rejected|dismissed|rebuffed|overturned)\b/i;

/**
 * A challenge aimed at an act: "criticized for not taking down websites that belong to …" faults what was done,
 * and the act's own words (a relative's "that", an "of") are no claim challenged (issue 13, sample 24's #35). A
 * gerund of saying ("for saying", "for claiming") is a claim. The act must follow the challenge's object.
 */
const SAYING_GERUND =
  '(?:saying|claiming|suggesting|arguing|asserting|insisting|implying|stating|calling|describing|writing|tweeting|telling|comparing|labell?ing|characteri[sz]ing|referring|questioning|predicting|promising|lying|misrepresenting|denying)\\b';
const ACT_OBJECT = new RegExp(`^[^,;:]{0,50}?\\bfor\\s+(?:not\\s+|never\\s+)?(?!${SAYING_GERUND})[a-z]+ing\\b`, 'i');

/**
 * A challenge whose direct object is an act told as a gerund with its "of": "condemned the group's targeting of
 * gays", "criticized the handling of the flood" fault a deed, and the gerund's "of" is no claim's (hand-read sample
 * 56's #47). A gerund of saying ("the suggesting of"), a message noun WordNet files under noun.communication ("the
 * wording of the bill", "the reporting of"), and a noun that only ends in -ing without its "of" ("rejected the
 * ruling as flawed") are left to CLAIM_OBJECT.
 */
const ACT_GERUND_OBJECT = new RegExp(
  `^\\s+(?:(?:the|a|an|this|that|his|her|their|its|our|[A-Za-z][\\w.-]*'s?)\\s+){0,2}(?!${SAYING_GERUND})([a-z]+ing)(?=\\s+of\\b)`,
);

/**
 * A verdict on the object told as "as <adjective>" ("dismissed the thinking of the report's authors as naive"):
 * judged so, the gerund names a view, not a deed, and stays a claim challenged. An article after "as" ("as a
 * failure") can judge a deed too, and is left to the act reading.
 */
const AS_VERDICT =
  /^[^,;:]*?\bas\s+(?!(?:a|an|the|he|she|they|it|we|i|you|well|part|long|soon|much)\b)[a-z]+\s*(?:[,.;:]|and\b|$)/i;

/** The act-gerund object after a challenge verb, unless its gerund is a message noun or judged "as <adjective>". */
function actGerund(after: string): RegExpExecArray | null {
  const m = ACT_GERUND_OBJECT.exec(after);
  return m && !messageNoun(m[1]!) && !AS_VERDICT.test(after.slice(m[0].length)) ? m : null;
}

/** A challenge told as a verb ("criticized", "slams"): only a verb has an object to fault ("rubbish" has none). */
const CHALLENGE_VERB = /^(?:dismiss|reject|rebuff|brand|attack|critici|condemn|slam|rebut)\w*$/i;

interface SentenceFacts {
  text: string;
  settled: RegExpExecArray | null;
  onRecord: boolean;
  /** Where the other side's answers stand in the sentence. */
  replies: Array<{ start: number; end: number }>;
}

/**
 * The sentence-wide facts, read once per sentence: the gate is asked once per cue in it, and a sentence of
 * thousands of cues ("took slams at …" repeated) made each whole-sentence scan quadratic. The last sentence is kept.
 */
let last: SentenceFacts | null = null;
function factsOf(text: string): SentenceFacts {
  if (last?.text !== text) {
    const replies: SentenceFacts['replies'] = [];
    for (const m of eachMatch(REPLIES, text)) replies.push({ start: m.index, end: m.index + m[0].length });
    last = { text, settled: SETTLED.exec(text), onRecord: ON_RECORD.test(text), replies };
  }
  return last;
}

/** `act`: read the claim object only up to a "for" + gerund (the act-challenge gate, kind-gates.ts). */
export function narratedConflict(text: string, index: number, match: string, act = false): boolean {
  const facts = factsOf(text);
  // Only the body's own verb is settled: "The judge dismissed the suit, and the mayor attacked the
  // ruling, saying…" still carries the mayor's challenge on record.
  const settled = facts.settled;
  if (settled && index >= settled.index && index < settled.index + settled[0].length) return true;
  if (facts.onRecord || FROM_PARTY.test(match)) return false;
  // "For all the criticism of the plan, the depot opened on time": a concession the main clause answers
  // weighs the challenge against a contrary.
  if (CONCESSION.test(text.slice(0, index))) return false;
  // A reply outside the challenge's own words (the sentence without them, as read before).
  const end = index + match.length;
  if (facts.replies.some((r) => r.end <= index || r.start >= end)) return false;
  if (WORRY_OBJECT.test(text.slice(end))) return false;
  const own = NOUN_CHALLENGE.test(match) ? '' : match;
  const after = text.slice(end, end + 80);
  const acted = act && CHALLENGE_VERB.test(match) ? (ACT_OBJECT.exec(after) ?? actGerund(after)) : null;
  return !CLAIM_OBJECT.test(`${own} ${acted ? acted[0] : after}`);
}
