import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerSignals } from '../../src/core/answer-model';
import { decideInsideDevFolds, foldsByArticle, regimeBetter } from '../../src/train/choose-on-dev';
import { crossValidate, type Prediction, type TrainingQuestion } from '../../src/train/fit-answer-model';
import { loadTrainQuestions } from '../../src/train/load-answer-questions';

const COVERAGE = FEATURE_NAMES.indexOf('coverage');
const logit = (p: number): number => Math.log(p / (1 - p));

/** A dev prediction whose calibrated confidence (under CALIBRATION below) is `confidence`. */
function prediction(fold: number, answerable: boolean, confidence: number, right = answerable, set = 'x'): Prediction {
  const values: number[] = FEATURE_NAMES.map((name) => (name === 'bias' ? 1 : 0));
  values[COVERAGE] = 0.8;
  const score = logit(confidence);
  return {
    set,
    question: `q${fold}`,
    split: 0,
    fold,
    best: 0,
    score,
    margin: 1,
    signals: answerSignals(score, 1, values, 0, 'what'),
    answerable,
    confidence: 0,
    right,
  };
}

/** Reads the best score alone: confidence is sigmoid(score). */
const CALIBRATION = prediction(0, true, 0.5).signals.map((_, k) => (k === 1 ? 1 : 0));

describe('choosing the answer model on dev', () => {
  it('decides each dev fold with a threshold chosen on the other folds only', () => {
    // Folds 0 and 2: answers at 0.9, unanswerable at 0.5, so their threshold sits just above 0.5.
    // Fold 1's answers sit at 0.4: with fold 1 in the choice, the false "doesn't say" bar would pull
    // the threshold under 0.4 and answer them; chosen without it, they are abstained on.
    const predictions: Prediction[] = [];
    for (const fold of [0, 2])
      for (let i = 0; i < 10; i++) predictions.push(prediction(fold, i % 4 !== 0, i % 4 !== 0 ? 0.9 : 0.5));
    for (let i = 0; i < 6; i++) predictions.push(prediction(1, true, 0.4));
    const decided = decideInsideDevFolds(predictions, CALIBRATION);
    expect(decided).toHaveLength(26);
    for (const p of decided.filter((q) => q.fold === 1)) expect(p.confidence).toBe(0);
    // Folds 0 and 2 are decided with fold 1 among the others: the threshold drops under 0.4 and
    // their unanswerable questions at 0.5 are answered.
    for (const p of decided.filter((q) => q.fold !== 1)) expect(p.confidence).toBe(1);
  });

  it('prefers the regime that answers and abstains better, and on a tie the one that ranks better', () => {
    const decided = (answered: boolean, right: boolean): Prediction[] => [
      { ...prediction(0, true, 0.5, right), confidence: answered ? 1 : 0 },
      { ...prediction(0, false, 0.5), confidence: 0 },
    ];
    expect(regimeBetter(decided(true, true), decided(false, true))).toBe(true);
    expect(regimeBetter(decided(false, true), decided(true, true))).toBe(false);
    // Both abstain on the answerable question: ranking alone decides.
    expect(regimeBetter(decided(false, true), decided(false, false))).toBe(true);
    expect(regimeBetter(decided(false, false), decided(false, true))).toBe(false);
  });

  it('splits dev articles into folds the way cross-validation does', () => {
    const questions: TrainingQuestion[] = Array.from({ length: 24 }, (_, i) => ({
      article: `a${(i * 7) % 12}`,
      set: 'x',
      answerable: true,
      rows: [FEATURE_NAMES.map(() => 0), FEATURE_NAMES.map(() => 1)],
      positives: new Set([1]),
      missing: 0,
      group: 'what',
      question: `q${i}`,
      texts: ['s0', 's1'],
    }));
    const folds = foldsByArticle(questions, 5);
    const fromCv = new Map(crossValidate(questions, 5, 0).map((p) => [p.question, p.fold]));
    questions.forEach((q, i) => {
      expect(folds[i]).toBe(fromCv.get(q.question));
    });
    expect(new Set(folds).size).toBe(5);
  });
});

describe('loading the training questions', () => {
  it('reads none when no label folder exists, and refuses a label on a dev article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-train-'));
    expect(loadTrainQuestions(join(dir, 'missing'), dir)).toEqual([]);
    writeFileSync(
      join(dir, 'polnear-qa-train-x.jsonl'),
      `${JSON.stringify({ article: 'dev/some-article', question: 'who?', answerable: false, answer_spans: [] })}\n`,
    );
    expect(() => loadTrainQuestions(dir, dir)).toThrow(/not a PolNeAR train article/);
  });
});
