import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { pastParticiple } from './past-participle';

/**
 * Gates that read an act the sentence does not assert (issue 13, session 42, kind57; sample 38's "narration as
 * disputed from a noun", "a request as disputed" and "a hedged opinion as not known"): "opposition to" naming a
 * position held, a verb of challenge in an infinitive that only asks for it, refuses it or says someone is ready to
 * make it, and a speaker's own "I wouldn't say" about their words, which withholds nothing. Each reads a bounded
 * stretch beside the match, so a long sentence is read in linear time.
 */

const { before } = gateWindow;

/**
 * Disputed needs a claim challenged, not a position held: "Opposition to trade deals has also galvanized supporters",
 * "some Republicans reaffirmed their opposition to Trump", "his strong opposition to the re-settlement of refugees"
 * name a stance against a policy, a deal or a person, which no one disputes. The noun "opposition" (unlike
 * "objections" or "criticism", acts of saying) is a standing position; only a claim as its object ("opposition to
 * the claim that …", "to the report") is a dispute. Its object is read to the first clause break; "opposition from"
 * (the other party named) is read as before, and so is a sentence that opens by conceding the opposition ("Despite the
 * opposition to the levy, the council approved it"): its main clause answers it, two sides weighed, as
 * narrated-conflict.ts reads "For all the criticism of …".
 */
const OPPOSITION_STANCE: KindGate = {
  name: 'opposition-stance',
  lacks: (f, text, index, match) =>
    f.shape === 'challenge' &&
    /^opposition to$/i.test(match) &&
    !(index <= 60 && CONCESSION.test(text.slice(0, index))) &&
    !CLAIM_NOUN.test(OBJECT.exec(text.slice(index + match.length, index + match.length + 80))![0]),
};
/** A sentence opening on a concession, then the opposition's determiner and up to two modifiers. */
const CONCESSION = /^\s*(?:for all|despite|in spite of)\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** The noun phrase after "to", up to a clause break or a "that". */
const OBJECT = /^[^,;:—–()"“”]*?(?=[,;:—–()"“”]|\bthat\b|$)/;
const CLAIM_NOUN =
  /\b(?:claims?|allegations?|accusations?|charges?|reports?|account|arguments?|assertions?|suggestions?|notion|idea|premise|characteri[sz]ations?|statements?|comments?|remarks?|views?|rhetoric|theory|theories|findings?|evidence|conclusions?|explanation|narrative|version)\b/i;

/**
 * Disputed needs a challenge made, not one asked for or held back: "asked him to condemn violence", "pleaded with
 * them to reject his brand of politics", "has called to reject Trump", "his refusal to condemn the flag", "reserved
 * the right to reject any listing", "ready to reject politicians who …" tell a request, a refusal, a right or a
 * readiness; no one has challenged anything yet. The challenge verb is a bare infinitive after "to", governed by a
 * verb of asking with its object (ask, urge, press, implore, beg, tell, encourage, call on, plead with) or by a word
 * of refusal, will, right or attempt. An infinitive that tells the act done ("went on to rebut", "has begun to rebut",
 * "joined 89 senators to reject", "appeared to dismiss") is read as before.
 */
const UNASSERTED_CHALLENGE: KindGate = {
  name: 'unasserted-challenge',
  lacks: (f, text, index, match) =>
    f.shape === 'challenge' && BARE_CHALLENGE.test(match) && governed(before(text, index, 70)),
};
const BARE_CHALLENGE = /^(?:dismiss|reject|rebuff|rebut|condemn|slam)$/i;
/** A word of refusal, will, right or attempt, or "called", right before the infinitive's "to". */
const HELD_BACK =
  /\b(?:call(?:s|ed|ing)?|refus(?:al|e|es|ed|ing)|reluctan(?:ce|t)|hesitan(?:cy|ce|t)|unwilling(?:ness)?|willing(?:ness)?|ready|readiness|right|attempts?|efforts?|afraid)\s+to\s+$/i;
/** A verb of asking, then its object (up to four words) before the infinitive's "to". */
const ASKING =
  /\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|tell(?:s|ing)?|told|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|plead(?:s|ed|ing)?\s+with)\s+((?:[\w'’.-]+\s+){1,4}?)to\s+$/i;

/**
 * Whether the infinitive before the match is governed by a word that only asks for, refuses or holds back the act. A
 * verb of asking governs it only through its object, a noun phrase with no verb of its own (review 43, B-r43-3):
 * "told reporters she had voted to reject the plan" holds a clause ("she had voted"), whose verb of doing governs the
 * infinitive, and the rejection was made. A subject pronoun, an auxiliary, a relative word, a past form after a noun as
 * the last word before "to" ("the board voted", "moved", "chose"; "those affected" is a noun phrase) or a second
 * article after a noun ("told reporters the council …") opens that clause.
 */
function governed(left: string): boolean {
  if (HELD_BACK.test(left)) return true;
  const object = ASKING.exec(left)?.[1]?.trim().split(/\s+/);
  if (object === undefined) return false;
  if (object.some((w) => CLAUSE_WORD.test(w))) return false;
  const [subject, verb] = object.slice(-2);
  if (verb !== undefined && pastParticiple(verb) && !/eed$/i.test(verb) && !DETERMINER.test(subject!)) return false;
  return !object.some((w, i) => i > 0 && ARTICLE.test(w) && !/^(?:of|and|or|for|to|all|both)$/i.test(object[i - 1]!));
}
const CLAUSE_WORD =
  /^(?:I|he|she|we|they|who|which|that|whom|is|are|was|were|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must)$/i;
const ARTICLE = /^(?:the|a|an|his|her|its|their|our|my|your)$/i;
/**
 * A word before a past form that makes it a reduced relative ("those affected"), not a clause's verb. Not determiners.ts's
 * list: quantifiers join it, and "this"/"that" stand alone as subjects ("that passed").
 */
const DETERMINER = /^(?:the|a|an|those|these|all|some|any|many|his|her|its|their|our|my|your)$/i;

/**
 * Not known needs a fact someone withholds, not a speaker's words about their own: "He might be saying some things I
 * wouldn't say, but …", "I've said several times that I wouldn't say what Trump said", "I did not say, you know what,
 * if …" tell what the speaker would or did say, a view or a denial. The refusal is a form of "say" with "I" or "we" as
 * its subject (one adverb between), and no question follows it: "we have not said when the plant will close", "I
 * wouldn't say whether …" withhold a fact and are read as before, as is a third person's "Kadzik wouldn't say."
 */
const OWN_SAYING: KindGate = {
  name: 'own-saying',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'refusal' || !SAY_REFUSAL.test(match)) return false;
    const left = before(text, index, 30);
    const right = text.slice(index + match.length, index + match.length + 40);
    return FIRST_PERSON.test(left) && !WH_COMPLEMENT.test(right) && !withheld(left, right);
  },
};
const SAY_REFUSAL =
  /^(?:would not|wouldn't|did not|didn't|(?:has|have|had) not(?: yet)?|(?:hasn't|haven't|hadn't)(?: yet)?) sa(?:y|id)$/i;
const FIRST_PERSON = /\b(?:I|we)\s+(?:\w+ly\s+)?$/i;
/** A question as the verb's object ("when …", "whether …"); "what" only when its clause is not itself a saying ("what Trump said"). */
const WH_COMPLEMENT =
  /^\s+(?:when|whether|if|who|whom|whose|how|why|where|which|what(?!\s+(?:[\w'’.-]+\s+){1,3}?(?:said|says|say)\b))\b/i;

/**
 * Disputed needs a challenge made, not one held back or denied: "He avoided direct criticism of Trump", "she refrained
 * from criticisms of Obama", "stopped short of condemning", "the answer did not rebut Sanders's point", "has never
 * criticized the plan" tell that no one challenged anything (unmade-contradiction in kind-gates.ts reads "without
 * having to contradict" so). The challenge word follows a verb of avoidance (avoid, refrain from, stop short of, steer
 * clear of, shy away from) with up to two modifiers, or a negated auxiliary ("did not", "has never"); a challenge after
 * "not only", "not merely" or "not simply" is made, and more besides (review 44, B-r44-10: "did not only rebut the
 * claim …; she attacked the trust"), and so is "no criticism" of someone else's ("did not hear any criticism of" is no challenge word
 * of the subject's and keeps its cue, as before).
 */
const WITHHELD_CHALLENGE: KindGate = {
  name: 'withheld-challenge',
  lacks: (f, text, index, match) =>
    (f.shape === 'challenge' || (f.shape === 'conflict' && DENIABLE_CONFLICT.test(match))) &&
    WITHHELD.test(before(text, index, 50)),
};
/**
 * The conflict family's verbs, which a negated auxiliary denies as it does a challenge's (review 44, B-r44-10): "The
 * trust did not dispute the figures", "the report does not contradict the minister" tell no dispute. Its other shapes
 * ("is different from", "at odds with", "conflicting accounts") take no auxiliary before them and are read as before.
 */
const DENIABLE_CONFLICT = /^(?:disputes?|contradict|differs?)\b/i;
const WITHHELD = new RegExp(
  String.raw`(?:\b(?:avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from|stop(?:s|ped|ping)?\s+short\s+of|steer(?:s|ed|ing)?\s+clear\s+of|sh(?:y|ies|ied|ying)\s+away\s+from)\s+(?:(?:any|direct|open|public|explicit|outright|much|personal)\s+){0,2}` +
    String.raw`|(?:\b(?:did|does|do|has|have|had)\s+(?:not|never)|\b(?:didn|doesn|don|hasn|haven|hadn)['’]t|\bnever)\s+(?:(?!(?:only|merely|simply)\b)\w+ly\s+)?)$`,
  'i',
);

/**
 * Disputed needs a challenge made, not one supposed: "Should they continue to rebuff any nominee, there is also the
 * possibility that …", "If the campaign wants to argue that …, that's fine" put the challenge in a condition the
 * sentence opens on, which asserts nothing. The match lies inside the fronted condition ("If", "Unless", or an
 * inverted "Should"/"Were" before its subject), before the first comma; one in the main clause after it ("If anything,
 * councillors dismissed the report") is read as before. Bounded: only a match in the first 200 characters.
 */
const SUPPOSED_CHALLENGE: KindGate = {
  name: 'supposed-challenge',
  lacks: (f, text, index) =>
    f.kind === 'disputed' && index < 200 && CONDITION_OPENS.test(text) && !/[,;:—–]/.test(text.slice(0, index)),
};
const CONDITION_OPENS = /^\W*(?:if|unless|(?:should|were)\s+(?:they|he|she|it|we|you|I|the|this|that|these|those)\b)/i;

/**
 * Whether the negated "say" withholds a fact after all (review 43, B-r43-2): its object is a word the negation scopes
 * over, "anything", "a word", "much", "more", alone or with what it is about ("I wouldn't say anything about the
 * talks", "we have not said a word about job cuts"; "I didn't say anything wrong" judges the words, as before), or it has no object at all, only "yet" or an adverb of time before the clause ends ("We haven't
 * said yet."). A bare "say" whose object stands before its subject ("things I wouldn't say, but …") tells the
 * speaker's view of their words, and a clause or a quotation after it ("I did not say, you know what, if …", "we have
 * not said the plant will close") their own words, as before.
 */
function withheld(left: string, right: string): boolean {
  if (NEGATED_OBJECT.test(right)) return true;
  return BARE_END.test(right) && !OBJECT_BEFORE.test(left);
}
const NEGATED_OBJECT =
  /^\s+(?:anything|any\s+(?:more|details?|figures?)|much|more|a\s+(?:single\s+)?(?:word|thing)|a\s+lot|too\s+much|a\s+great\s+deal)(?:\s+(?:about|on|of|regarding|concerning|over|yet|further|more|else|publicly|officially|at|until|since|beyond)\b|\s*(?:[.,;:!?"”'’)]|$))/i;
const BARE_END =
  /^(?:\s+(?:yet|so\s+far|as\s+yet|publicly|officially|either|at\s+this\s+(?:stage|point|time)|for\s+now))*\s*(?:[.!?;:"”'’)]|,\s*(?:["”'’]|(?:and|but|because|since|as|though|although|so)\b)|$)/i;
/** The verb's object before its subject: a relative's head or a free relative ("things I …", "what we …"). */
const OBJECT_BEFORE =
  /\b(?:what|whatever|something|anything|everything|nothing|things?|words?|stuff|much|all|ones?)\s+(?:I|we)\s+(?:\w+ly\s+)?$/i;

/** The gates, listed in kind-gates.ts. */
export const unassertedActGates = {
  OPPOSITION_STANCE,
  UNASSERTED_CHALLENGE,
  OWN_SAYING,
  WITHHELD_CHALLENGE,
  SUPPOSED_CHALLENGE,
};
