import { conditionalChoice } from './conditional-choice';
import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { scheduledDueAt } from './mask-scheduled-due-to';
import { NO_COMMENT_TOPIC } from './no-comment-topic';
import { predicativeBeTo } from './predicative-be-to';
import { sameSourceCaveat } from './same-source-caveat';

/**
 * Gates that read a cue word's grammar, not its story (issue 13, session 37, kind51): the same letters are another
 * word. Each looks at a bounded stretch beside the match, so a long sentence is read in linear time.
 */

/** How far beside a match a gate reads. */
const NEAR = 40;
const { before, after } = gateWindow;

/**
 * Disputed needs someone disputing: "reaching closure on many disputes that had divided them", "a dispute that is
 * really about the past" name disputes (the noun, after a determiner, quantifier or possessive), where "the firm
 * disputes that figure" is one side contesting the other's (the verb, after its subject). A plural word before a
 * singular "dispute" cannot be its determiner (number agreement: "two disputes", never "two dispute"), so there it is
 * the subject of the verb, whose object follows: "The two dispute the club's account", "Many dispute that figure"
 * (review s38 B-r38-5).
 */
const PLURAL_SUBJECT = /\b(?:many|several|few|these|those|both|all|two|three|four|five|\d+)\s+$/i;
const DISPUTE_NOUN: KindGate = {
  name: 'dispute-noun',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'conflict' || !/^disputes?\b/i.test(match)) return false;
    const left = before(text, index, NEAR);
    // The cue's own match holds the object's determiner ("dispute the"): a verb-shaped continuation.
    if (/^dispute\s/i.test(match) && PLURAL_SUBJECT.test(left)) return false;
    return /(?:\b(?:a|an|the|many|several|some|few|these|those|this|that|their|its|his|her|our|your|my|any|no|other|such|both|all|two|three)|\w['’]s|s['’])\s+$/i.test(
      left,
    );
  },
};

/**
 * Disputed needs a claim rejected, not a person removed: "was dismissed after sharing a post", "were dismissed
 * from their posts", "the case was dismissed" tell a firing or a ruling; "was dismissed as nonsense" and "was
 * dismissed by critics" keep the challenge, and so does a concern "not to be dismissed" or "dismissed out of hand".
 * So does a subject that is something said (the hearsay nouns and their kin): "The union's claims were dismissed in a
 * statement" rejects a claim, however the sentence goes on (review s38 B-r38-5).
 */
const SAID_SUBJECT =
  /\b(?:claims?|allegations?|accusations?|rumou?rs?|suggestions?|speculation|assertions?|criticisms?|concerns?|fears|reports?|figures)\b[^,;.]{0,30}?\s(?:was|were|been|got|get|gets)\s+(?:\w+ly\s+)?$/i;
const REMOVAL_DISMISSED: KindGate = {
  name: 'removal-dismissed',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'challenge' || !/^dismissed$/i.test(match)) return false;
    const left = before(text, index, NEAR);
    return (
      /\b(?:was|were|been|got|get|gets)\s+(?:\w+ly\s+)?$/i.test(left) &&
      !SAID_SUBJECT.test(left) &&
      !/^[^,;:.]*?\b(?:as|by|out of hand)\b/i.test(after(text, index, match, NEAR))
    );
  },
};

/**
 * Pending needs an intention still to be carried out, not a past purpose ("The levy was intended to deliver a
 * blow", "it seemed intended to tarnish him") nor what someone meant ("he misspoke and intended to say …"): neither
 * waits on anything. A present one ("The campaign is intended to stop …") is a goal still open, and stays. So does a
 * past one the copy says is not yet met, a contrast clause in the present with "still", "yet" or a negation ("was
 * intended to open in 2024, but it is still unfinished"; not "…, but it did not"): a missed plan still waits (review s38 B-r38-5). Read to the sentence's end.
 */
const MISSED =
  /^[^.;]*?\b(?:but|yet|though|although|however)\b[^.;]*?(?:\b(?:is|are|has|have|remains?)\s+(?:still|not|yet|never|no longer)\b|\b(?:isn|aren|hasn|haven)['’]t\b|\bstill\b)/i;
const MEANT_INTENT: KindGate = {
  name: 'meant-intent',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'plan' || !/^intended to$/i.test(match)) return false;
    const rest = text.slice(index + match.length, index + match.length + 200);
    if (/^\s*(?:say|mean|suggest|imply|convey|refer)\b/i.test(rest)) return true;
    return /\b(?:was|were|seemed|appeared)\s+(?:\w+ly\s+)?$/i.test(before(text, index, NEAR)) && !MISSED.test(rest);
  },
};

/**
 * Pending needs something scheduled, not a cause stated: "The increase is due to demand for berths", "The strike is
 * due to action by the union" give a reason, where "Talks are due to resume" waits on an event. The grammar the
 * question phraser uses (`scheduledDueTo`) decides it, so a cause is neither asked nor flagged (review s37 B-q52-2).
 */
const CAUSE_DUE_TO: KindGate = {
  name: 'cause-due-to',
  lacks: (f, text, index, match) => {
    if (f.kind !== 'pending' || !/^(?:is|are|was|were) due to$/i.test(match)) return false;
    const end = index + match.length;
    return !scheduledDueAt(text, index, /\s/.test(text[end] ?? '') ? end + 1 : end, true);
  },
};

/**
 * Pending needs an act still to come, not a be-to that is predicative: "a broken valve was to blame and …" says what
 * is at fault, where "the minister was to fly to Rome" was a plan. A verb that always takes an object, with none after
 * it, decides (predicative-be-to.ts; audit 51's B-a51-5).
 */
const PREDICATIVE_BE_TO: KindGate = {
  name: 'predicative-be-to',
  lacks: (f, text, index, match) =>
    f.shape === 'schedule' && /^was to$/i.test(match) && predicativeBeTo(text.slice(index + match.length)),
};

/**
 * Disputed needs someone branding something, not a company's brands (audit 49, B-a49-14: "weaker demand for its
 * premium biscuit brands." was flagged Disputed with nothing disputing it). The verb "brand" takes what it brands and
 * what it calls it: an object or complement follows it ("branded him a liar", "brands the plan 'reckless'", "was
 * branded as", "branded Smith"); the noun ("biscuit brands.", "brands such as …", "brands and outlets") is followed
 * by anything else. Read with case, so a name after the verb counts as its object.
 */
const BRAND_NOUN: KindGate = {
  name: 'brand-noun',
  lacks: (f, text, index, match) =>
    f.shape === 'challenge' && /^brand(?:s|ed)$/i.test(match) && !BRANDED_OBJECT.test(after(text, index, match, NEAR)),
};
const BRANDED_OBJECT =
  /^\s+(?:(?:him|her|them|it|us|me|you|himself|herself|themselves|this|that|these|those|his|their|its|our|my|your|the|a|an|as|such)\b|["“‘'][^\s]|[A-Z])/;

/**
 * Disputed needs a rival, not one source's own caveat: "The fund says the banks are sound but warns that debt is high"
 * coordinates a second reporting verb to the first, the same subject's claim (same-source-caveat.ts; audit 51's
 * B-a51-13b). "…, but the union warns that …" has a subject of its own, and stays; so does an attack on someone
 * ("said … and criticized him"), which names its rival, and the contested family's "argues that", one side's case.
 */
const SAME_SOURCE_CAVEAT: KindGate = {
  name: 'same-source-caveat',
  lacks: (f, text, index, match) =>
    f.shape === 'challenge' && /\s(?:that|of)$/i.test(match) && sameSourceCaveat(text, index),
};

/**
 * Pending needs an event to come, not a speaker's conditional choice: "“… it is clear that I would choose Trump,” said
 * Le Pen" states an endorsement (sample 50's #7; conditional-choice.ts). Strips no cue of a labelled passage (PolNeAR
 * train, dev, BBC dev): it rests on the construction.
 */
const CONDITIONAL_CHOICE: KindGate = {
  name: 'conditional-choice',
  lacks: (f, text, index, match) => f.shape === 'schedule' && conditionalChoice(text, index, match),
};

/** The gates, by name, for kind-gates.ts to list and apply. */
export const cueWordGates = {
  DISPUTE_NOUN,
  REMOVAL_DISMISSED,
  MEANT_INTENT,
  CAUSE_DUE_TO,
  BRAND_NOUN,
  PREDICATIVE_BE_TO,
  SAME_SOURCE_CAVEAT,
  NO_COMMENT_TOPIC,
  CONDITIONAL_CHOICE,
};
