import { COPULAR_TO_BE } from './copular-to-be';
import { gateWindow } from './gate-window';
import { GRADED_UNKNOWN } from './graded-unknown';
import type { KindGate } from './kind-gates';
import { TALLIED_REJECTION } from './tallied-rejection';
import { UNARGUED_CONTRADICTION } from './unargued-contradiction';

/**
 * Gates that read how a cue word is used, not only that it stands in the sentence (issue 13, session 40, kind55;
 * samples 35–36's kind misreads): "unknown" as a noun or a vague quantity, a hedge word only mentioned inside a short
 * quoted term, and "speculation" as trading. Each reads a bounded stretch beside the match, so a long sentence is read in linear time.
 */

const { before, after } = gateWindow;

/**
 * Unknown needs a fact no one has, said of it ("The cause is still unknown", "it remains unknown whether …"), not
 * the word as a noun or a quantity's vagueness: "was once a complete political unknown", "caucuses are such an
 * unknown", "an unknown number of armed members" name an obscure person, an unpredictable thing, a count the copy
 * gives as "some". The grammar tells them apart: a determiner opens the noun phrase "unknown" stands in (at most two
 * modifiers between, none a verb of being), and either nothing nominal follows it (it is the phrase's head) or a
 * quantity noun does. An attributive "an unknown white powder", "an unknown gunman" keeps the cue: whose or what
 * it is, the story does not say.
 */
const UNKNOWN_NOUN: KindGate = {
  name: 'unknown-noun',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'unclear' || !/^unknowns?$/i.test(match)) return false;
    const np = DETERMINER_THEN.exec(before(text, index, 60));
    if (np === null || np[1]!.split(/\s+/).some((w) => LINKING.test(w))) return false;
    const next = after(text, index, match, 30);
    return /s$/i.test(match) || HEAD_END.test(next) || QUANTITY.test(next);
  },
};
/** A determiner, then at most two modifiers (captured) before the match. */
const DETERMINER_THEN = /\b(?:a|an|the|such an?|this|another)\s+((?:[\w'’-]+\s+){0,2})$/i;
/** A verb of being or seeming, or an adverb of time that goes with one: "the cause remains", "the motive still". */
const LINKING =
  /^(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|stays?|stayed|becomes?|became|appears?|appeared|still|yet|so|as|largely|entirely|now)$/i;
/** Nothing nominal after the word: its clause or phrase ends, or a function word or verb of its own follows. */
const HEAD_END =
  /^(?:\s*(?:[.,;:!?)'"’”—–-]|$)|\s+(?:and|or|but|because|who|whose|that|which|in|on|at|to|for|with|from|of|before|after|during|about|among|over|under|into|by|like|between|against|through|is|was|are|were|has|had|will|would|can|could|as|than|when|while|until|since|if)\b)/i;
/**
 * "an unknown number of …": a count or part the copy leaves vague. An amount, sum, total or cost is money or
 * measure a reporter can ask after ("An unknown amount of money was spent on consultants": how much?), so it keeps
 * the cue (B-r41-15; no corpus sentence has one).
 */
const QUANTITY = /^\s+(?:number|quantity|share|proportion|percentage|portion)\b/i;

/**
 * Unverified needs a hedge on the sentence's claim, not a hedge word mentioned as a term: "Saying to people 'Wall
 * Street speculation' — everyone has a different image of what that is" quotes the name of a thing under
 * discussion. The word stands inside quotation marks opened after other words (not a quoted utterance opening the
 * sentence) and closed within four words, with no verb of being or auxiliary between them: a term, not a claim.
 */
const QUOTED_TERM: KindGate = {
  name: 'quoted-term',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'hedged' && f.shape !== 'claim') return false;
    if (MENTIONED.test(before(text, index, 20))) return true;
    const open = OPENED.exec(before(text, index, 50));
    const close = CLOSED.exec(after(text, index, match, 50));
    if (open === null || close === null) return false;
    const words = `${open[1]} ${match} ${close[1]}`.trim().split(/\s+/);
    return words.length <= 4 && !words.some((w) => TERM_VERB.test(w));
  },
};
/** "the word allegedly", "the term 'claims'": a metalinguistic noun names the word that follows it (B-r41-13). */
const MENTIONED = /\b(?:the|a|this|that)\s+(?:word|term|phrase|label|expression)\s+(?:['"‘“]\s*)?$/i;
/** A word, then an opening mark (curly, or a straight one after a space), then the term's words before the match. */
const OPENED = /[\w,]\s+(?:‘|“|"|')((?:[\w-]+\s+){0,3})$/;
/** The term's words after the match, then a closing mark not followed by a letter (an apostrophe's "s" is one). */
const CLOSED = /^((?:\s+[\w-]+){0,3})\s*(?:’|”|"|')(?![a-z])/i;
const TERM_VERB =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|says?|said)$/i;

/**
 * Unverified needs speculation as talk (WordNet's "a message expressing an opinion based on incomplete evidence"),
 * not as trading ("an investment that is very risky"): "a tax on Wall Street speculation", "to discourage
 * speculation such as that practiced by banks". Talk has a topic or points back to one: "speculation that he might
 * run", "speculation about a shake-up", "amid speculation he will …", "the speculation rages", "much speculation",
 * "the move fuelled speculation". So the trade is the bare mass noun — no determiner, possessive or quantifier among
 * the two words before it, no topic noun or verb of stirring talk before it — whose phrase ends right after it.
 */
const TRADING_SPECULATION: KindGate = {
  name: 'trading-speculation',
  lacks: (f, text, index, match) =>
    f.shape === 'hedged' &&
    /^speculation$/i.test(match) &&
    !POINTED.test(before(text, index, 40)) &&
    !TOPIC_NOUN.test(before(text, index, 40)) &&
    PHRASE_END.test(after(text, index, match, 40)),
};
/**
 * A determiner, possessive or quantifier among the two words before the noun, "amid", or a verb that stirs or stills
 * talk ("the move fuelled speculation", "sought to quell speculation").
 */
const POINTED =
  /\b(?:the|this|that|these|such|much|any|some|no|more|less|all|his|her|their|its|our|your|my|of)\s+(?:[\w'’-]+\s+)?$|\w['’]s?\s+$|\bamid(?:st)?\s+$|\b(?:fuel|fed|feed|spark|stok|prompt|trigger|fann?|renew|rais|quell|defus|end|dampen|dismiss|den[iy]|invit|add(?:ed|s|ing)? to)\w*\s+$/i;
/**
 * Case-sensitive: a lower-case noun naming the topic after a preposition ("shares rose on deal speculation"); a
 * capitalised one names the market ("a levy on City speculation").
 */
const TOPIC_NOUN = /\b(?:on|in|for|by|with|amid|after|over|from|about|under|despite)\s+[a-z][\w-]*\s+$/;
/**
 * The noun phrase ends at the noun: its clause ends, or a coordinator or "such as" follows. Anything else may open a
 * complement with no "that" ("amid speculation he will be offered the job") or be talk's own verb ("Speculation is
 * rife"), so the cue stays ("speculation is bad", the trade as a subject, keeps it too: a miss, not a wrong drop).
 */
const PHRASE_END = /^(?:\s*(?:[.,;:!?)'"’”—–-]|$)|\s+(?:and|or|but|such as)\b)/i;

/**
 * Pending needs the modal verb, not its homograph (issue 13, session 44, kind59): "will" after a preposition, a
 * determiner, a possessive or an adjective of its noun is the noun ("terminable at will", "against their will", "the
 * political will"). The match is dropped only when no other modal stands in it, so a later modal's own reading still
 * counts. Measured, not shipped: "May" in title case inside the sentence read as a name (Theresa May's "would formally
 * declare … by the end of March", a PolNeAR dev plan, then lost its pending label: the family reads no other modal there).
 */
const MODAL_HOMOGRAPH: KindGate = {
  name: 'modal-homograph',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'future' || !/^will\b/i.test(match) || MODAL.test(match.slice(4))) return false;
    return WILL_NOUN.test(before(text, index, 20));
  },
};
const MODAL = /\b(?:will|shall|could|would|may|might)\b/i;
/**
 * A word after which "will" is the noun: a preposition, determiner, possessive or an adjective of the will. Only a
 * singular possessive: a bare closing mark ("the slogan ‘Keep the ferry’ will run …") ends a quotation, not an owner.
 */
const WILL_NOUN =
  /(?:\b(?:at|against|of|the|a|his|her|their|its|our|your|my|free|political|own|good|ill)|\w['’]s)\s+$/i;

/**
 * The four, session 45's two and session 46's two in their own files (graded-unknown.ts, tallied-rejection.ts,
 * unargued-contradiction.ts, copular-to-be.ts), by name, for
 * kind-gates.ts to list and measure.
 */
export const wordUseGates = {
  UNKNOWN_NOUN,
  QUOTED_TERM,
  TRADING_SPECULATION,
  MODAL_HOMOGRAPH,
  GRADED_UNKNOWN,
  TALLIED_REJECTION,
  UNARGUED_CONTRADICTION,
  COPULAR_TO_BE,
};
