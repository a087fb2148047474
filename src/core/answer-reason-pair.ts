import type { Analysis } from './analysis-types';
import { CAUSE } from './lacks-filler';
import type { RankedSentence } from './rank-answer-sentences';

/**
 * A reason given in so many words: the 'cause' markers, and the looser ones copy uses to hand over a
 * reason ("in response to", "amid", "given the…", "the idea is that…").
 */
const REASON_MARKER = new RegExp(
  `${CAUSE.source}|\\b(?:in response to|amid|given|since|which is why|that['’]s why|the idea is)\\b`,
  'i',
);
/** The premise sentence must say most of what the question asks about, or its neighbour answers something else. */
const PREMISE_SHARE = 0.4;
/** How far down the ranking a neighbour giving the reason may sit. */
const NEAR_RANKS = 3;

const givesReason = (analysis: Analysis, i: number): boolean => REASON_MARKER.test(analysis.sentences[i]?.text ?? '');

/**
 * "Why did Sanders vote against the bill?": the sentence the ranker likes restates the premise ("…his 2007
 * vote against a bill…") and the reason is the one beside it ("…he opposed the bill because of its guest
 * worker provisions"). When the first cited sentence gives no reason and a neighbour the ranker also rates
 * highly does, the neighbour is cited first and the premise after it. The neighbour must say something of
 * the question: a reason for another thing ("Supporters said they would keep campaigning") answers nothing.
 */
export function answerReasonPair(
  analysis: Analysis,
  ranked: readonly RankedSentence[],
  cited: readonly number[],
): number[] {
  const first = cited[0];
  if (first === undefined || givesReason(analysis, first)) return [...cited];
  const reason = ranked
    .slice(0, NEAR_RANKS)
    .find((r) => Math.abs(r.index - first) === 1 && r.share > 0 && givesReason(analysis, r.index));
  if (!reason) return [...cited];
  return [reason.index, ...cited.filter((i) => i !== reason.index)];
}

/**
 * A why-question the ranker is unsure of, whose best sentence states the premise without a reason while
 * the very next sentence gives one ("…will focus solely on attacking Clinton." "The idea is that…"): the
 * pair answers it, reason first. Undefined when the pair is not there and the question stays declined.
 */
export function declinedReasonPair(analysis: Analysis, ranked: readonly RankedSentence[]): number[] | undefined {
  const best = ranked[0];
  if (!best || best.share < PREMISE_SHARE || givesReason(analysis, best.index)) return undefined;
  const next = ranked.find((r) => r.index === best.index + 1);
  return next && next.share > 0 && givesReason(analysis, next.index) ? [next.index, best.index] : undefined;
}
