import type { Analysis } from './analysis-types';
import { FEATURE_NAMES } from './answer-feature-names';
import { DETERMINER_SOURCE, isDeterminer } from './determiners';
import type { AnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

const TYPED_COVER = FEATURE_NAMES.indexOf('typedCover');
/** The asked kinds a figure answers, which two sources may give differently. */
const FIGURE_TYPES: ReadonlySet<AnswerType> = new Set(['count', 'money', 'amount', 'quantity']);
/** How far apart the two sides may stand: a claim, its denial and the other figure fill a passage, not a story. */
const SPAN = 4;
/**
 * The later side's word that it contests the earlier: a denial ("denied that claim", "rejected the figure") or a
 * figure put otherwise ("organisers put it at 10,000"). Disputing and contesting are read in `disputes`.
 */
const DENIES =
  /\b(?:den(?:y|ies|ied|ying)|contradict(?:s|ed|ing)?|reject(?:s|ed|ing)?)\b|\bput (?:it|the (?:figure|number|total|toll|count|cost|crowd) at)\b/i;
/**
 * "Dispute", "contest" and "challenge" are nouns as often ("the pay dispute drew 4,000 strikers", "The challenge now
 * is …"; review 63's R63-3): read only as a verb — a past form, or a form with its object's determiner or pronoun
 * after it ("disputed the ministry's figures", "will challenge the count", "the union contested").
 */
const VERB_FORM = new RegExp(
  `\\b(?:(?:contest|challeng|disput)ed\\b|(?:contest(?:s|ing)?|challeng(?:e|es|ing)|disput(?:e|es|ing))\\s+(?:${DETERMINER_SOURCE}|it|them|any|all)\\b)`,
  'gi',
);
/** A possessive ("the union's") or a determiner. */
const determines = (word: string | undefined): boolean =>
  word !== undefined && (isDeterminer(word) || /['’]s$/.test(word));
/**
 * Whether the text before a verb form puts it in a noun's modifier slot: after a determiner or a possessive ("the
 * disputed border", "its challenge"), or an adverb after one ("a hotly contested race").
 */
function modifierSlot(before: string): boolean {
  const [first, last] = before
    .trim()
    .split(/\s+/)
    .slice(-2)
    .map((w) => w.replace(/^\W+/, ''));
  if (last === undefined) return determines(first);
  return determines(last) || (/ly$/i.test(last) && determines(first));
}
function disputes(text: string): boolean {
  if (DENIES.test(text)) return true;
  return [...text.matchAll(VERB_FORM)].some((m) => !modifierSlot(text.slice(0, m.index)));
}

/**
 * "How many generators were delivered?" over "Vasylenko said 11 generators had been delivered", a sentence or two
 * after "She said the community … received only two" and "The regional administration denied that claim" (audit 60's
 * B-a60-16): the figure is disputed, and citing one side reads as the article's settled fact. Another sentence on the
 * question's words, giving a value of the asked kind, within four sentences of the answer, the later side saying it
 * disputes or the sentence after the earlier denying it, is the other side, cited beside it.
 */
export function disputedFigure(
  analysis: Analysis,
  ranked: readonly Ranked[],
  best: Ranked,
  { type, cited }: { type: AnswerType; cited: readonly number[] },
): Ranked | undefined {
  if (!FIGURE_TYPES.has(type) || !(best.values[TYPED_COVER]! > 0)) return undefined;
  return ranked.find((r) => {
    if (cited.includes(r.index) || r.share <= 0 || !(r.values[TYPED_COVER]! > 0)) return false;
    if (Math.abs(r.index - best.index) > SPAN) return false;
    const [lo, hi] = r.index < best.index ? [r.index, best.index] : [best.index, r.index];
    // The later side says it disputes, or the sentence right after the earlier one denies it ("… denied that claim").
    return [lo + 1, hi].some((i) => disputes(analysis.sentences[i]!.text));
  });
}
