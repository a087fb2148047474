import { ANSWER_THRESHOLD, answerConfidence, answerScore, answerSignals } from './answer-model';
import type { AnswerTypeGroup } from './answer-type-group';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/**
 * Whether the article answers at all, judged on the ranking without the word-vector features (close
 * words for a missing fact make it look present), as the calibration was fitted.
 */
export function answersAtAll(ranked: Ranked[], missing: number, group: AnswerTypeGroup): boolean {
  let best: { score: number; values: number[] } | undefined;
  let second = Number.NEGATIVE_INFINITY;
  // In article order, as training read them, so ties resolve the same way.
  for (const r of [...ranked].sort((a, b) => a.index - b.index)) {
    const score = answerScore(r.held ?? r.values, true);
    if (!best || score > best.score) {
      if (best) second = best.score;
      best = { score, values: r.held ?? r.values };
    } else if (score > second) second = score;
  }
  if (!best) return false;
  const lead = Number.isFinite(second) ? best.score - second : 5;
  return answerConfidence(answerSignals(best.score, lead, best.values, missing, group)) >= ANSWER_THRESHOLD;
}
