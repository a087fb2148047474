import type { Sentence } from './analysis-types';

/** Which other sentence completes a cue: the report a denial answers, the figure a check is about. */
interface PairContext {
  sentences: Sentence[];
  index: number;
  /** Indexes of sentences that report an inquiry under way, computed once per article. */
  inquiries: number[];
}

export type PairFinder = (ctx: PairContext) => number | null;

const REPORTED = /\b(?:reported|reports? (?:said|say|suggest)|allegations?|claims?)\b/i;
/**
 * "villagers had reported the problem to the village head": reporting a thing to someone is an act of telling, not a
 * report that states a claim; a denial paired with it put the act's object as the claim denied (audit 60's B-a60-5).
 * The object is a few words with no "that", subject pronoun or auxiliary (which would open a reported clause, "reported
 * she had moved the contract to a cousin's firm"), then "to" and whom it was told.
 */
const REPORTED_TO =
  /\breported\s+(?:(?!(?:that|he|she|they|we|had|has|have|was|were|is|are|would|will|could|did)\b)[\w'’-]+\s+){1,6}?to\s+(?:the|a|an|his|her|their|its|our|police|authorities|officials)\b/gi;

/** Whether a sentence reports or alleges something, once any telling of a thing to someone is set aside. */
function reportsClaim(text: string): boolean {
  return REPORTED.test(text.replace(REPORTED_TO, ' '));
}
const PRONOUN_START = /^(?:He|She)\s/;
/** "the figure", "these claims": the thing to verify is in the sentence before. */
export const BACK_REFERENCE =
  /\b(?:the|this|these|those|that|its|their|such) (?:figures?|numbers?|claims?|reports?|accounts?|allegations?|estimates?|footage|videos?|documents?|details|statements?|information)\b|\b(?:verified|confirmed|verify|confirm) (?:it|them|this)\b/i;
/** "A decision is expected next month": when the choice in the sentence before will be made. */
const DECISION_DUE = /\b(?:decision|ruling|verdict|announcement)s? (?:is|are|was|were) (?:now )?(?:expected|due)\b/i;
/** "was considering whether to open an inquiry": the choice itself. */
export const WHETHER_TO = /\b(?:considering|deciding|weighing(?: up)?|decide|yet to decide) whether (?:or not )?to\s+/i;
/** An inquiry under way, not one someone is only "considering whether to open". */
export const INQUIRY =
  /\b(?:is|are|was|were|been|be) (?:now |still )?(?:investigating|probing|examining)\b|\b(?:ongoing|continuing|current|separate) (?:investigations?|inquir(?:y|ies)|probes?)\b|\b(?:investigations?|inquir(?:y|ies)|probes?) (?:into|by|is under way|are under way|is continuing|are continuing)\b/i;

/** The nearest earlier sentence (within `span`) that reports or alleges something. */
export function pairReport(span: number): PairFinder {
  return ({ sentences, index }) => {
    for (let j = index - 1; j >= Math.max(0, index - span); j--) if (reportsClaim(sentences[j]!.text)) return j;
    return null;
  };
}

/** "She declined to give an estimate": the sentence before says of what. */
export const pairPronoun: PairFinder = ({ sentences, index }) =>
  index > 0 && PRONOUN_START.test(sentences[index]!.text) ? index - 1 : null;

/** "The Courier has not verified the figure": the figure is in the sentence before. */
export const pairBackReference: PairFinder = ({ sentences, index }) =>
  index > 0 && BACK_REFERENCE.test(sentences[index]!.text) ? index - 1 : null;

export const pairDecision: PairFinder = ({ sentences, index }) => {
  const next = sentences[index + 1];
  const prev = sentences[index - 1];
  if (WHETHER_TO.test(sentences[index]!.text)) return next && DECISION_DUE.test(next.text) ? index + 1 : null;
  return prev && WHETHER_TO.test(prev.text) ? index - 1 : null;
};

/** A "no evidence" claim pairs with the nearest inquiry under way (the list is computed once). */
export const pairInquiry: PairFinder = ({ index, inquiries }) => {
  let best: number | null = null;
  for (const j of inquiries) {
    if (j === index) continue;
    if (best === null || Math.abs(j - index) < Math.abs(best - index)) best = j;
  }
  return best;
};
