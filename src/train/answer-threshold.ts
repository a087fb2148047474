import type { Prediction } from './fit-answer-model';

/**
 * What a fitted answer model scores at an abstention threshold, and the threshold chosen from
 * cross-validated predictions: the trainer's choice step, apart from the fitting.
 */

export interface Figures {
  top1: number;
  abstention: number;
  falseAbstention: number;
  /** Share of all questions answered with a sentence that does not answer (or when nothing does). */
  confidentError: number;
}

export function figuresAt(predictions: Prediction[], threshold: number): Figures {
  const answerable = predictions.filter((p) => p.answerable);
  const unanswerable = predictions.filter((p) => !p.answerable);
  const answered = (p: Prediction): boolean => p.confidence >= threshold;
  return {
    top1: answerable.filter((p) => answered(p) && p.right).length / Math.max(1, answerable.length),
    abstention: unanswerable.filter((p) => !answered(p)).length / Math.max(1, unanswerable.length),
    falseAbstention: answerable.filter((p) => !answered(p)).length / Math.max(1, answerable.length),
    confidentError:
      predictions.filter((p) => answered(p) && !(p.answerable && p.right)).length / Math.max(1, predictions.length),
  };
}

/** The bar for wrongly saying "the article doesn't say". */
const MAX_FALSE_ABSTENTION = 0.1;

/**
 * What a threshold is worth: top-1 plus abstention summed over the sets (each counting the same), or
 * minus infinity when any set's false "doesn't say" passes its bar.
 */
export function thresholdValue(predictions: Prediction[], threshold: number): number {
  return sumOverSets(predictions, threshold, (f) =>
    f.falseAbstention > MAX_FALSE_ABSTENTION ? Number.NEGATIVE_INFINITY : f.top1 + f.abstention,
  );
}

/** `value` of each set's figures at `threshold`, summed: every set counts the same, whatever its size. */
export function sumOverSets(predictions: Prediction[], threshold: number, value: (f: Figures) => number): number {
  let sum = 0;
  for (const set of new Set(predictions.map((p) => p.set)))
    sum += value(
      figuresAt(
        predictions.filter((p) => p.set === set),
        threshold,
      ),
    );
  return sum;
}

/**
 * The abstention threshold that does best on both targets at once (top-1 plus abstention, each set
 * counting the same) while keeping false "doesn't say" within its bar in every set; chosen on
 * cross-validated predictions, never on fitted ones.
 */
export function chooseThreshold(predictions: Prediction[]): number {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let t = 0.02; t <= 0.9; t += 0.01) {
    const value = thresholdValue(predictions, t);
    if (value > bestValue + 1e-9) {
      bestValue = value;
      best = t;
    }
  }
  return Math.round(best * 100) / 100;
}
