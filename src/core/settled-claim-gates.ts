import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { statisticalProjection } from './statistical-projection';

/**
 * Gates that read a cue the sentence itself settles (issue 13, session 41, kind56; sample 37's kind misreads): a verb
 * of dispute the speaker says cannot be used, a claim noun the copy calls false, a no-comment told only as an aside on
 * the subject of a claim on record (measured, not shipped). Each reads a bounded stretch beside the match, so a long sentence is read in
 * linear time.
 */

const { before, after } = gateWindow;

/**
 * Disputed needs someone against a claim, not an emphatic concession: "It's hard to dispute the rising negatives",
 * "No one can deny that turnout fell", "you can't argue with the numbers" grant the claim by saying the verb cannot be
 * used. The verb of dispute is an infinitive after "hard/difficult/impossible/tough to" or a bare verb after a
 * negated "can/could" (with at most one adverb between), or after "no one/nobody/few can/could/would" ("Few would
 * dispute that …" concedes as "no one can deny" does; review 42, B-r42-14); "refused to dispute", "did not dispute" (a
 * statement on record) and "can dispute" are read as before. A verb of denial under the same concession is no denial
 * either (review 43, B-r43-10: "Few would deny that …", "No one can deny that …" were asked as "…, which few would
 * denies?").
 */
const EMPHATIC_CONCESSION: KindGate = {
  name: 'emphatic-concession',
  lacks: (f, text, index, match) =>
    (f.kind === 'disputed' || f.kind === 'denied') &&
    DISPUTE_VERB.test(match) &&
    (CANNOT_BE_USED.test(before(text, index, 40)) ||
      CONCESSIVE_SUBJECT.test(before(text, index, 60)) ||
      NEITHER_NOR_SUBJECT.test(before(text, index, 90))) &&
    !NEGATED_HARD.test(before(text, index, 60)),
};
const DISPUTE_VERB =
  /^(?:dispute[sd]?|den(?:y|ies|ied)|argue[sd]?|contest(?:s|ed)?|challenge[sd]?|refute[sd]?|contradict(?:s|ed)?|question(?:s|ed)?|doubt(?:s|ed)?)\b/i;
const CANNOT_BE_USED =
  /(?:\b(?:hard|difficult|impossible|tough)\s+to|\b(?:can['’]t|cannot|can\s+not|couldn['’]t|could\s+not))\s+(?:\w+ly\s+)?$/i;
/**
 * A subject that says (almost) no one uses the verb, in any tense, with or without a modal: the negation is the
 * quantifier's, and its scope is the whole clause (review 43, B-r43-10). "Few would dispute", "few people would
 * dispute", "hardly anyone would dispute", "not many economists would question", "no one disputes", "nobody would
 * seriously deny"; "a few would dispute" and "quite a few dispute" (some do), "almost anyone would dispute" (nearly all
 * do) and "many would dispute" keep the cue. "None"/"neither" head an "of" phrase of up to four words ("neither of the
 * landlord's sons denies", "none of which he disputes": review 45, B-r45-12); "most of the traders deny" keeps it.
 */
const CONCESSIVE_SUBJECT = new RegExp(
  String.raw`(?:\b(?<!\ba\s+)(?:very\s+)?few|\bnot\s+many)(?:\s+(?!(?:who|that|which)\b)[a-z]+){0,2}?` +
    String.raw`(?:\s+(?:can|could|would|will|might|may|should|did|does|do|has|have|had))?\s+(?:\w+ly\s+)?$` +
    String.raw`|\b(?:(?:hardly|scarcely|barely)\s+(?:anyone|anybody|any\s+[a-z]+)|no\s+one|nobody|(?:none|neither)(?:\s+of\s+(?:us|them|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,3}))?)` +
    String.raw`(?:\s+(?:can|could|would|will|might|may|should|did|does|do|has|have|had))?\s+(?:\w+ly\s+)?$`,
  'i',
);
/**
 * "Neither Smith nor Jones denied that …", "neither the council nor its auditors dispute …": the correlative negates
 * both subjects of the one verb, as "neither of them denies" does (session 46, kind62). Each side is a noun phrase of
 * one to four words with no verb, pronoun or clause word in it, and the verb follows the second side (past at most a
 * modal and an adverb), so "Neither the pier nor the gangway was checked, and the owner denies …" keeps its denial.
 */
const SIDE = String.raw`(?:(?!(?:said|says|told|and|but|or|who|that|which|was|were|is|are|has|have|had|did)\b)[\w'’.-]+\s+){1,4}?`;
const NEITHER_NOR_SUBJECT = new RegExp(
  String.raw`\bneither\s+${SIDE}nor\s+${SIDE}(?:(?:can|could|would|will|might|may|should|did|does|do|has|have|had)\s+)?(?:\w+ly\s+)?$`,
  'i',
);
/**
 * A negation whose scope is the "hard" itself turns the concession round (review 42, B-r42-14): "It is not hard to
 * dispute the figures", "it isn't that difficult to challenge", "it would never be hard to question" say the claim
 * is easy to dispute, so the cue stays. The negation stands right before the adjective, past at most a degree word
 * ("that", "so", "too", "very", "all") or a copula ("be").
 */
const NEGATED_HARD =
  /(?:\b(?:not|never|hardly|scarcely)|n['’]t)\s+(?:be\s+)?(?:(?:that|so|too|very|all|particularly|especially)\s+)?(?:hard|difficult|impossible|tough)\s+to\s+(?:\w+ly\s+)?$/i;

/**
 * Unverified needs a claim still open, not one the copy calls false: "repeating a false claim that he opposed the
 * 2003 invasion", "Trump's false claims that he's an advocate for working people", "the false accusations that Mr.
 * Obama was a 'socialist'" tell the claim and its falsity in one noun phrase. The claim noun has an adjective of
 * falsity among the two words before it, in the writer's own words; inside a quotation the word is a speaker's
 * charge against the claim ("“Trump's absurd and factually inaccurate claim that …”", which the editors flag as
 * disputed), and "claims that are false" (a predicate, the sentence's own claim to check) is read as before.
 */
const FALSE_CLAIM: KindGate = {
  name: 'false-claim',
  lacks: (f, text, index, match) =>
    f.shape === 'claim' &&
    CLAIM_NOUN.test(match) &&
    CALLED_FALSE.test(before(text, index, 50)) &&
    !subjectsWord(before(text, index, 120), after(text, index, match, 40)) &&
    !insideQuote(before(text, index, 300)),
};
/**
 * An opening curly mark not yet closed, or an odd number of straight ones, in the 300 characters before the match
 * (bounded, so a long sentence is read in linear time; a quotation opened further back is missed, and the cue goes).
 */
function insideQuote(left: string): boolean {
  const count = (re: RegExp) => left.match(re)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}
const CLAIM_NOUN = /^(?:claims?|accusations?|allegations?|charges?)\b/i;
const CALLED_FALSE =
  /\b(?:false|untrue|baseless|unfounded|groundless|bogus|debunked|discredited|disproven|fabricated|spurious|inaccurate)\s+(?:[\w'’-]+\s+)?$/i;

/**
 * The falsity word is the subject's, not the writer's (review 42, B-r42-1): "Reed denied what he called baseless
 * allegations that he took money" (a free relative on a naming verb), "rejected as untrue accusations that …",
 * "dismissed them as false the claims that …" (the complement of "as" after a verb or its object), "denied the
 * baseless allegations that …" (the noun phrase a verb of denial takes as its object), "the false claims, as he
 * called them, that …" (an "as" aside after the noun). Such a claim is the one the story disputes, so its cue stays.
 * `left` ends at the claim noun; `right` starts after it.
 */
function subjectsWord(left: string, right: string): boolean {
  const falsity = CALLED_FALSE.exec(left);
  return (falsity !== null && THEIR_WORD.test(left.slice(0, falsity.index))) || AS_THEY_CALLED.test(right);
}
const NAMING = '(?:call(?:s|ed)?|term(?:s|ed)?|dub(?:s|bed)?|brand(?:s|ed)?|label(?:s|l?ed)?)';
const THEIR_WORD = new RegExp(
  String.raw`(?:\bwhat\s+(?:[\w'’.-]+\s+){1,4}?(?:${NAMING}|(?:says?|said|claim(?:s|ed)?)\s+(?:is|are|was|were))` +
    String.raw`|\b(?!such\b)[\w'’]+\s+as` +
    String.raw`|\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|disput(?:e|es|ed|ing))` +
    String.raw`(?:\s+(?:the|these|those|such|any|all|his|her|their|its|our|my|your))?)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+ly\s+)?["“'‘]?$`,
  'i',
);
const AS_THEY_CALLED = new RegExp(String.raw`^,?\s+as\s+(?:[\w'’.-]+\s+){1,3}?(?:${NAMING}|put|describe[sd]?)\b`, 'i');

/**
 * Unknown needs a fact withheld, not a no-comment told as an aside on the subject of a claim on record: "Norton,
 * which declined to comment, returned the publication rights to Mr. Hurt", "Hoff, who declined to comment for this
 * article, proposes similar language …" say what the party did; the refusal only describes it. The refusal stands in
 * a relative clause between commas right after the sentence's opening subject (one to five words), and a clause with
 * its own words follows the closing comma. A refusal that is the sentence's own claim ("Norton declined to comment")
 * or closes it ("…, said Hoff, who declined to comment.") is read as before. Measured, not shipped: the engine reads a
 * refusal beside a reported act as the act's own no-comment ("The company, which declined to comment, has closed the
 * plant", cue-scope.test.ts), the shape of Norton's line, and the editors' labels hold no such line either way.
 */
const ASIDE_NO_COMMENT: KindGate = {
  name: 'aside-no-comment',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'refusal' || index > 90) return false;
    const open = SUBJECT_ASIDE.exec(text.slice(0, index));
    if (open === null) return false;
    const close = text.indexOf(',', index + match.length);
    return close > 0 && close - index < 80 && /^\s+[a-z]+\s+\S/.test(text.slice(close + 1, close + 40));
  },
};
/** The opening subject (one to five words), a comma, "who/which", then the aside's words up to the match. */
const SUBJECT_ASIDE = /^\(?(?:[\w'’.-]+\s+){0,4}[\w'’.-]+,\s+(?:who|which)\s+(?:[\w'’]+\s+){0,3}$/;

/**
 * Pending needs a decision or act still to come, not a forecast of a quantity (audit 49, B-a49-14): "the number is
 * expected to pass 1.4 million by 2040" is nobody's to take (statistical-projection.ts). Its sourcing may still be
 * asked through the sentence's other cues ("according to the charity").
 */
const STATISTICAL_PROJECTION: KindGate = {
  name: 'statistical-projection',
  lacks: (f, text, index) => f.kind === 'pending' && statisticalProjection(text, index),
};

/** The three the engine applies, by name, for kind-gates.ts to list and measure. */
export const settledClaimGates = { EMPHATIC_CONCESSION, FALSE_CLAIM, STATISTICAL_PROJECTION };
/** Measured, not shipped (docs/evaluation.md, session 41, kind56): the engine reads a refusal beside an act as the act's no-comment. */
export const asideNoComment = ASIDE_NO_COMMENT;
