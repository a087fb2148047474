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
 * The later side's word that it contests the earlier: a denial or dispute ("denied that claim", "disputed the
 * ministry's figures") or a figure put otherwise ("organisers put it at 10,000").
 */
const DISPUTES =
  /\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|reject(?:s|ed|ing)?)\b|\bput (?:it|the (?:figure|number|total|toll|count|cost|crowd) at)\b/i;
/**
 * "Contest" and "challenge" are nouns as often ("The challenge now is …", "the baking contest drew …"; review 63's
 * R63-3): read only as a verb, not after a determiner or a possessive, and, unless a past form, with its object's
 * determiner or pronoun after it ("will challenge the count", "contesting those figures", "the union contested").
 */
const NOUN_OR_VERB = new RegExp(
  `(?:^|(\\S+)\\s+)(?:(?:contest|challeng)ed\\b|(?:contest(?:s|ing)?|challeng(?:e|es|ing))\\s+(?:${DETERMINER_SOURCE}|it|them|any|all)\\b)`,
  'gi',
);
function disputes(text: string): boolean {
  if (DISPUTES.test(text)) return true;
  return [...text.matchAll(NOUN_OR_VERB)].some(
    (m) => m[1] === undefined || !(isDeterminer(m[1].replace(/^\W+/, '')) || /['’]s$/.test(m[1])),
  );
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
