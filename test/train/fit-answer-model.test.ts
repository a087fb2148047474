import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerSignals } from '../../src/core/answer-model';
import { chooseThreshold, figuresAt } from '../../src/train/answer-threshold';
import {
  calibrate,
  crossValidate,
  fitCalibration,
  fitWeights,
  type Prediction,
  predict,
  type TrainingQuestion,
} from '../../src/train/fit-answer-model';

const COVERAGE = FEATURE_NAMES.indexOf('coverage');
const UNTYPED = FEATURE_NAMES.indexOf('untyped');

/** A row with the given coverage and type evidence, everything else zero. */
function row(coverage: number, untyped: number): number[] {
  const values: number[] = FEATURE_NAMES.map((name) => (name === 'bias' ? 1 : 0));
  values[COVERAGE] = coverage;
  values[UNTYPED] = untyped;
  return values;
}

/**
 * Synthetic questions where the answer is the sentence with the wanted type and good coverage, and
 * decoys cover the question as well but lack the type; unanswerable questions have only weak rows.
 */
function questions(): TrainingQuestion[] {
  const out: TrainingQuestion[] = [];
  for (let i = 0; i < 40; i++) {
    const answerable = i % 4 !== 0;
    const rows = answerable
      ? [row(0.9, 1), row(0.8, 0), row(0.2, 0), row(0.1, 1)]
      : [row(0.3, 1), row(0.25, 0), row(0.1, 0), row(0.2, 1)];
    out.push({
      article: `a${i % 10}`,
      set: i % 2 ? 'x' : 'y',
      answerable,
      rows,
      positives: answerable ? new Set([1]) : new Set(),
      missing: answerable ? 0 : 0.5,
      group: 'what',
      question: `q${i}`,
      texts: rows.map((_, k) => `s${k}`),
    });
  }
  return out;
}

describe('fitting the answer ranker', () => {
  it('learns that a sentence lacking the wanted type is not the answer, however well it covers', () => {
    const weights = fitWeights(questions());
    expect(weights[UNTYPED]!).toBeLessThan(0);
    expect(weights[COVERAGE]!).toBeGreaterThan(0);
    for (const q of questions().filter((x) => x.answerable)) expect(predict(weights, q).right).toBe(true);
  });

  it('cross-validates by article and picks a threshold that abstains without false "doesn\'t say"', () => {
    const cv = crossValidate(questions(), 5);
    expect(cv).toHaveLength(40);
    const calibrated = calibrate(cv, fitCalibration(cv));
    const threshold = chooseThreshold(calibrated);
    const figures = figuresAt(calibrated, threshold);
    expect(figures.top1).toBe(1);
    expect(figures.abstention).toBe(1);
    expect(figures.falseAbstention).toBe(0);
  });

  it('repeats cross-validation over other article splits, the same split for the same seed', () => {
    const order = (seed: number): string[] => crossValidate(questions(), 5, seed).map((p) => p.question);
    expect(order(3)).toHaveLength(40);
    expect(new Set(order(3)).size).toBe(40);
    expect(order(3)).toEqual(order(3));
    // Predictions come fold by fold, so another split lists the questions in another order.
    expect(order(3)).not.toEqual(order(0));
  });

  it('fits the abstention ranking without the word-vector features, and abstains on its scores', () => {
    const without = new Set([COVERAGE]);
    const weights = fitWeights(questions());
    const abstention = fitWeights(questions(), without);
    expect(abstention[COVERAGE]).toBe(0);
    expect(abstention[UNTYPED]!).toBeLessThan(0);
    const q = questions()[1]!;
    const both = predict(weights, q, abstention);
    // The answer comes from the full ranker, the abstention signals from the other one's best score.
    expect(both.best).toBe(predict(weights, q).best);
    expect(both.signals).toEqual(predict(abstention, q).signals);
    expect(both.signals).not.toEqual(predict(weights, q).signals);
  });

  it('abstains by question type when the best sentence looks the same for every type', () => {
    // The same best score and coverage answer a "when" question but not an open "what" one: one
    // calibration for all types cannot tell them apart, a term per type group can.
    const predictions: Prediction[] = Array.from({ length: 40 }, (_, i) => {
      const group = i % 2 ? 'when-where' : 'what';
      return {
        set: i % 4 < 2 ? 'x' : 'y',
        question: `q${i}`,
        split: 0,
        fold: 0,
        best: 0,
        score: 2,
        margin: 1,
        signals: answerSignals(2, 1, row(0.6, 0), 0, group),
        answerable: group === 'when-where',
        confidence: 0,
        right: true,
      };
    });
    const calibrated = calibrate(predictions, fitCalibration(predictions));
    const figures = figuresAt(calibrated, chooseThreshold(calibrated));
    expect(figures.abstention).toBe(1);
    expect(figures.top1).toBe(1);
  });
});
