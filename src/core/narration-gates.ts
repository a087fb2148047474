import { dated } from './dated';
import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { planEndingVerb } from './plan-ending-verb';
import { VERB_BASES } from './verb-base-set';

/**
 * Gates that read a cue's clause as narration by its grammar (issue 13, session 38, kind53; sample 34's kind
 * misreads): the tense of "be going to", a verb that ends the plan its object names, a refusal whose complement is a
 * statement, a demand's subjunctive, a comparison whose subject is no account. Each reads a bounded stretch beside the
 * match, so a long sentence is read in linear time.
 */

/** How far before a match a gate reads. */
const NEAR = 60;
const { before, after } = gateWindow;

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts). */
const VERBS: ReadonlySet<string> = VERB_BASES;

/**
 * Pending needs a plan still to be carried out, not one its own sentence ends: "He scrapped plans to attend the
 * debate", "The council has abandoned its plan to close the library", "Fox canceled Mr. Hannity's plans to attend".
 * The ending verb (plan-ending-verb.ts: one WordNet files under calling off, revoking, abandoning, thwarting or
 * vetoing, "reversed", "voted down", "withdrew") is finite; a negated one ("has not dropped plans to …") leaves the
 * plan alive.
 */
const CANCELLED_PLAN: KindGate = {
  name: 'cancelled-plan',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'plan' || !/^plans? to\b/i.test(match)) return false;
    const lead = before(text, index, NEAR);
    const at = planEndingVerb(lead);
    return (
      at >= 0 &&
      !/\b(?:not|never)\s+$|n['’]t\s+$/i.test(text.slice(Math.max(0, index - NEAR - 20), index - (lead.length - at)))
    );
  },
};

/**
 * Pending needs a plan still open, not a speech about one told as done: "She highlighted … her own plans to boost
 * incomes", "He talked up his plans to force …", "boasted about a plan to spend …" narrate what was said of a plan, a
 * platform with no date. Only verbs that talk about a plan already made, in the past: those that make it public
 * ("announced", "outlined", "unveiled") put a new plan on record, and those that reaffirm it ("reiterated", "stood
 * by", "defended") say it is still alive, so both stay pending; and a plan with its own date ("… to close three
 * libraries next month") is a schedule, and stays.
 */
const TALKED_PLAN: KindGate = {
  name: 'talked-plan',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'plan' || !/^plans? to\b/i.test(match)) return false;
    const lead = before(text, index, 220);
    if (!PLAN_NOUN.test(lead) || dated(after(text, index, match, 80).split(/[,;:.]/)[0]!)) return false;
    // Another party's plan ("highlighted the council's plan to close …"): the talker reports a plan that body still
    // has to carry out, so it stays pending (session 39, kind54).
    if (OTHERS_PLAN.test(lead)) return false;
    const talk = [...lead.matchAll(TALKED)].pop();
    return (
      talk !== undefined &&
      !/[;:]|\b(?:said|says|that|because|but|while|although|will|would)\b/i.test(
        lead.slice(talk.index! + talk[0].length).replace(/―[^―]*―|—[^—]*—/g, ' '),
      )
    );
  },
};
/** "plans to" as a noun: after a determiner, a possessive or "own" and at most two modifiers. */
const PLAN_NOUN = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|own)|\w['’]s?)\s+(?:[\w-]+\s+){0,2}$/i;
/** A noun's possessive owns the plan: "the council's plan", "Fox News's plans" (not "his", "her own", "a"). */
const OTHERS_PLAN = /\b[A-Za-z][\w.-]*['’]s?\s+(?:[\w-]+\s+){0,2}$/;
const TALKED =
  /\b(?:highlighted|touted|talked (?:up|about)|boasted (?:about|of)|discussed|stressed|emphasi[sz]ed|praised|promoted|pitched|mentioned|described|hailed|trumpeted|championed|extolled|recounted)\b/gi;
/**
 * Pending needs an event still to come, not a past intention told as history: "At one point, I wasn't even going to
 * vote because of …" is the speaker's past. Reported speech shifts a future back ("She said she was going to vote
 * next week"), so a saying or thinking verb before it (within 200 characters, its own clause's reach) keeps the cue;
 * so does a later clause that puts the event off to a date ("…, but the vote has been put off until January"): what
 * was to happen then is still to come (review s39 B-r39-3).
 */
const PAST_GOING_TO: KindGate = {
  name: 'past-going-to',
  lacks: (f, text, index, match) =>
    f.shape === 'schedule' &&
    /\b(?:was|were)(?:n['’]t)?(?:\s+(?:not|even|never|just|only|really|all|still))*\s+going\s+$/i.test(
      before(text, index, NEAR),
    ) &&
    !SAYING_BEFORE.test(before(text, index, 200)) &&
    !putOffToDate(after(text, index, match, 200), before(text, index, 120)),
};
/**
 * A verb that re-dates an event, read only where the event is what moves: a passive ("has been put off", "was
 * moved") or an object after the verb ("moved the vote to Thursday", "postponed it until May"). An intransitive
 * "she moved to Leeds in March" moves a person, and the past intention stays history (review s40 B-r40-4). Groups:
 * the passive's auxiliary, the object, the stretch of the clause after it.
 */
const RESCHEDULED =
  /\b(?:(?:(is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?)?(?:put off|postponed|delayed|deferred|pushed back|moved|rescheduled|adjourned|held over)\b(\s+(?:the|a|an|its|their|his|her|this|that|it|them)\b)?)([^.;:!?]{0,50})/gi;
/** "to Thursday", "until March", "to 2027": the new date, where dated() reads "next month", "until January". */
const TO_DATE =
  /\b(?:to|until|till)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b/i;
function putOffToDate(rest: string, lead: string): boolean {
  for (const m of rest.matchAll(RESCHEDULED))
    if ((m[1] || m[2]) && (dated(m[3]!) || TO_DATE.test(m[3]!)) && movesEvent(m, rest, lead)) return true;
  return false;
}
/** A person, named by a pronoun: "she was moved", "they were moved". */
const PERSONAL = /^(?:i|we|you|he|she|they|him|her|them|me|us)$/;
/**
 * "moved" also moves people and their households ("she was moved to a care home", "she moved her family to Leeds"),
 * so it re-dates the intention only when what moves is no person and nothing of a person's (B-r41-6): "it", an
 * event's name ("moved the signing to June", "the meeting was moved to Thursday"). The moved thing is the object
 * after the verb, or the passive's subject before its auxiliaries.
 */
function movesEvent(m: RegExpMatchArray, rest: string, lead: string): boolean {
  if (!/\bmoved\b/i.test(m[0])) return true;
  if (m[2] && /\b(?:his|her|their|them)\b/i.test(m[2])) return false;
  const noun = (
    m[1]
      ? /(\w+)\s+(?:(?:has|have|had|will|would|could|may|might|must|not|to)\s+)*$/i.exec(
          `${lead} ${rest.slice(0, m.index)}`,
        )?.[1]
      : m[2] && /\bit\b/i.test(m[2])
        ? 'it'
        : /^\s*(\w+)/.exec(m[3]!)?.[1]
  )?.toLowerCase();
  return !!noun && !PERSONAL.test(noun);
}
const SAYING_BEFORE =
  /\b(?:said|says|say|told|tells|thought|thinks|believed|believes|predicted|knew|announced|insisted|warned|promised|hoped|assumed|expected|claimed|added|wrote|declared|suggested)\b/i;

/**
 * Unknown needs a fact withheld, not a statement refused: "Clinton refused to say in an interview that Sanders was up
 * to the challenge" withholds an opinion whose content the sentence gives, where "refused to say whether …", "would
 * not say when …" or a bare "declined to say." keep a fact back. The complement's opener decides: a "that" (not
 * "that day", "that's", a closing "that.") before any question word, clause end or comma.
 */
const STATEMENT_REFUSED: KindGate = {
  name: 'statement-refused',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'refusal' || !/\bsay$/i.test(match)) return false;
    const opener = COMPLEMENT.exec(after(text, index, match, 100));
    if (opener === null || !/^that$/i.test(opener[0]) || THAT_DETERMINER.test(opener.input.slice(opener.index)))
      return false;
    // "refused to say that the library would stay open": a complement whose first finite verb is a future's modal
    // withholds a promise, and whether it happens is the open question (review s39 B-r39-2); "that the plan would
    // have worked" looks back, and "should", "could" state an opinion or a chance, so those stay statements.
    const clause = /^[^.;:!?]*/
      .exec(after(text, index, match, 200).slice(opener.index + 4))![0]
      .replace(/,\s*(?:which|who)\b[^,]*,/gi, ',');
    const finite = FINITE.exec(clause);
    return (
      !finite || !FUTURE.test(finite[0]) || /^\s+(?:not\s+)?have\b/i.test(clause.slice(finite.index + finite[0].length))
    );
  },
};
/** A clause's first finite auxiliary or modal, and those of them that say it is still to come. */
const FINITE =
  /\b(?:will|would|shall|won['’]t|can|could|should|may|might|must|is|are|was|were|has|have|had|does|do|did)\b(?:\s+going\s+to\b)?|['’]ll\b/i;
const FUTURE = /^(?:will|would|shall|won['’]t|['’]ll|(?:is|are|was|were)\s+going\s+to)\b/i;
const COMPLEMENT = /\b(?:that|whether|if|when|how|what|who|whom|whose|why|where|which)\b|[.,;:!?]/i;
/** "that" as a pronoun or determiner, no complementiser: "that's", "that day", "… told him he couldn't say that." */
const THAT_DETERMINER =
  /^that(?:['’]s\b|\s+(?:day|week|month|year|time|night|morning|afternoon|evening|point)\b|\s*(?:[.,;:!?"”’)]|$))/i;

/**
 * Disputed (or a claim to check) needs a claim, not a demand: "Reid insisted that any package include a two-year
 * delay", "The unions insist that the offer be put to a vote" ask for an act in the subjunctive (a singular subject
 * with the verb's bare base), which no one can confirm or dispute. "insisted that the bill includes …" and "argued
 * that he would be …" state a claim and keep the cue.
 */
const DEMAND_SUBJUNCTIVE: KindGate = {
  name: 'demand-subjunctive',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'contested' || !/that$/i.test(match)) return false;
    const rest = after(text, index, match, NEAR);
    const m = SINGULAR_THEN_VERB.exec(rest);
    // "that he can't deliver", "that his focus would be": a modal or auxiliary is the clause's finite verb; and
    // one after the word read as the verb ("that a federal judge can't …") shows that word was the subject's head.
    if (!m || AUXILIARY.test(m[0])) return false;
    const next = /^\s*([a-z]+)/i.exec(rest.slice(m[0].length))?.[1]?.toLowerCase() ?? '';
    if (/^['’]/.test(rest.slice(m[0].length)) || AUXILIARY.test(next) || VERBS.has(next)) return false;
    const verb = m[1]!.toLowerCase();
    return verb === 'be' || (VERBS.has(verb) && !/(?:s|ed)$/.test(verb) && !SAME_PAST.test(verb));
  },
};
/** Verbs whose past is their base ("argued that the plan cut taxes" is past): no subjunctive is read in them. */
const SAME_PAST =
  /^(?:cost|put|set|hit|cut|let|quit|shut|spread|read|hurt|bet|split|burst|cast|broadcast|forecast|upset|bid|rid|thrust|shed|spit|beat|fit)$/;
const AUXILIARY =
  /\b(?:can|could|will|would|shall|should|may|might|must|is|are|was|were|has|have|had|does|do|did|ought|need|dare)\b/i;
/** A singular subject (he, she, it, or a determiner's noun phrase whose head has no plural "s") and the next word. */
const SINGULAR_THEN_VERB =
  /^\s+(?:he|she|it|(?:the|a|an|any|every|each|no|this|that|his|her|its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]*[^\Ws])\s+([a-z]+)\b/i;

/**
 * Disputed needs two accounts at odds, not the writer's comparison of two things: "Her approach … differs from that
 * taken by other nominees", "Clinton's support differs from his rating by four points". "The letter reads different
 * from the media reports", "His account differs from the police's" keep it: an account, report or figure is the
 * subject, read back past commas ("the letter by his lawyer, which reads different from …") to the last semicolon,
 * colon, dash or bracket, within 120 characters.
 */
const COMPARISON: KindGate = {
  name: 'comparison',
  lacks: (f, text, index, match) =>
    f.shape === 'conflict' &&
    /^(?:differs?|(?:reads?|is|was|are|were)\b.*different)/i.test(match) &&
    !ACCOUNT.test(/[^;:—–(]*$/.exec(before(text, index, 120))![0]),
};
const ACCOUNT =
  /\b(?:accounts?|versions?|reports?|statements?|letters?|story|stories|claims?|testimony|figures?|numbers?|estimates?|tally|counts?|descriptions?|records?|data|findings?|transcripts?|memos?|recollections?|words|explanations?|statistics|results|polls?|surveys?|narratives?|assessments?|reading|interpretations?|documents?|evidence)\b/i;

/** The six, by name, for kind-gates.ts to list and measure. */
export const narrationGates = {
  CANCELLED_PLAN,
  TALKED_PLAN,
  PAST_GOING_TO,
  STATEMENT_REFUSED,
  DEMAND_SUBJUNCTIVE,
  COMPARISON,
};
