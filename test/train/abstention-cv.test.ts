import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerSignals } from '../../src/core/answer-model';
import { abstainInsideFolds } from '../../src/train/abstention-cv';
import type { Prediction } from '../../src/train/fit-answer-model';

const COVERAGE = FEATURE_NAMES.indexOf('coverage');

/** Cross-validated predictions over 2 splits × 4 folds: answerable questions score high, others low. */
function predictions(): Prediction[] {
  const out: Prediction[] = [];
  for (let split = 0; split < 2; split++)
    for (let i = 0; i < 80; i++) {
      const answerable = i % 4 !== 0;
      const values: number[] = FEATURE_NAMES.map((name) => (name === 'bias' ? 1 : 0));
      values[COVERAGE] = answerable ? 0.8 : 0.3;
      const score = answerable ? 3 + (i % 3) : (i % 3) - 1;
      out.push({
        set: i % 2 ? 'x' : 'y',
        question: `q${i}`,
        split,
        fold: (Math.floor(i / 4) + split) % 4,
        best: 0,
        score,
        margin: 1,
        signals: answerSignals(score, 1, values, 0, 'what'),
        answerable,
        confidence: 0,
        right: answerable,
      });
    }
  return out;
}

describe('abstention fitted inside the folds', () => {
  it('decides every prediction once, answered (1) or not (0), and learns the separable case', () => {
    const decided = abstainInsideFolds(predictions());
    expect(decided).toHaveLength(160);
    expect(new Set(decided.map((p) => p.confidence))).toEqual(new Set([0, 1]));
    for (const p of decided) expect(p.confidence).toBe(p.answerable ? 1 : 0);
  });

  it("never reads a fold's own labels to decide that fold", () => {
    // Flipping every label in split 0's fold 2 leaves that fold's decisions as they were.
    const flipped = predictions().map((p) => (p.split === 0 && p.fold === 2 ? { ...p, answerable: !p.answerable } : p));
    const inFold = (ps: Prediction[]): number[] =>
      ps.filter((p) => p.split === 0 && p.fold === 2).map((p) => p.confidence);
    expect(inFold(abstainInsideFolds(flipped))).toEqual(inFold(abstainInsideFolds(predictions())));
    // ...but it changes the other folds of that split, which learned from it.
    const others = (ps: Prediction[]): number[] =>
      ps.filter((p) => p.split === 0 && p.fold !== 2).map((p) => p.confidence);
    expect(others(abstainInsideFolds(flipped))).not.toEqual(others(abstainInsideFolds(predictions())));
  });
});
