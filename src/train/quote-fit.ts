import { fitLogistic } from './fit-logistic';
import type { SpanData } from './quote-spans-data';

const L2 = 1;
/**
 * A span that is the only report of a labelled utterance counts this many times in the fit:
 * dropping it loses someone's words (recall), not a scare-quoted fragment. With every span judged,
 * 2, 3 and 5 traced the same curve; 1 dropped more utterances at the same precision.
 */
const SOLE_WEIGHT = 3;
/** Weights are stored rounded, and every figure of the trainer is computed with the rounded weights. */
export const DIGITS = 4;

const round = (x: number): number => Number(x.toFixed(DIGITS));

/**
 * The quote acceptance model's weights fitted on the judged spans of the articles `keep` accepts
 * (all by default): what `npm run train:quotes` commits, and what each of its folds fits.
 */
export function fitQuoteWeights(data: SpanData, keep: (article: string) => boolean = () => true): number[] {
  const rows = data.examples
    .filter((e) => e.judged && keep(e.article))
    .map((e) => ({ features: e.features, label: e.speech, weight: e.sole ? SOLE_WEIGHT : 1 }));
  return fitLogistic(rows, L2).map(round);
}
