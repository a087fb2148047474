import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerSignals } from '../../src/core/answer-model';
import { separation, trainOutOfFold } from '../../src/train/abstention-on-train';
import type { Prediction } from '../../src/train/fit-answer-model';

const COVERAGE = FEATURE_NAMES.indexOf('coverage');

/** A question answered with a high score and coverage when answerable, a low one when not. */
function prediction(i: number, set: string, answerable: boolean, confidence = 0): Prediction {
  const values: number[] = FEATURE_NAMES.map((name) => (name === 'bias' ? 1 : 0));
  values[COVERAGE] = answerable ? 0.8 : 0.3;
  const score = answerable ? 3 + (i % 3) : (i % 3) - 1;
  return {
    set,
    question: `q${i}`,
    split: 0,
    fold: i % 4,
    best: 0,
    score,
    margin: 1,
    signals: answerSignals(score, 1, values, 0, 'what'),
    answerable,
    confidence,
    right: answerable,
  };
}

describe('separation', () => {
  it('is 1 when every answerable question scores above every unanswerable one, 0.5 on ties, 0 reversed', () => {
    const ps = [prediction(0, 'x', true, 0.9), prediction(1, 'x', false, 0.2), prediction(2, 'x', true, 0.6)];
    expect(separation(ps)).toBe(1);
    expect(separation(ps.map((p) => ({ ...p, confidence: 0.5 })))).toBe(0.5);
    expect(separation(ps.map((p) => ({ ...p, confidence: 1 - p.confidence })))).toBe(0);
  });

  it('says nothing (0.5) when one side is empty', () => {
    expect(separation([prediction(0, 'x', true, 0.9)])).toBe(0.5);
  });
});

describe('the training questions decided out of fold', () => {
  const answered = Array.from({ length: 80 }, (_, i) => prediction(i, 'train', i % 4 !== 0));
  const fold = answered.map((_, i) => Math.floor(i / 4) % 5);
  const dev = Array.from({ length: 40 }, (_, i) => prediction(i, 'dev', i % 4 !== 1));

  it("keeps the questions' order, decides each answered (1) or not (0), and learns the separable case", () => {
    const { raw, decided } = trainOutOfFold(answered, fold, dev);
    expect(decided.map((p) => p.question)).toEqual(answered.map((p) => p.question));
    for (const p of decided) expect(p.confidence).toBe(p.answerable ? 1 : 0);
    expect(separation(raw)).toBe(1);
  });

  it("never reads a fold's own labels to decide that fold", () => {
    const flipped = answered.map((p, i) => (fold[i] === 2 ? { ...p, answerable: !p.answerable } : p));
    const inFold = (ps: Prediction[]): number[] => ps.filter((_, i) => fold[i] === 2).map((p) => p.confidence);
    expect(inFold(trainOutOfFold(flipped, fold, dev).raw)).toEqual(inFold(trainOutOfFold(answered, fold, dev).raw));
    const others = (ps: Prediction[]): number[] => ps.filter((_, i) => fold[i] !== 2).map((p) => p.confidence);
    expect(others(trainOutOfFold(flipped, fold, dev).raw)).not.toEqual(others(trainOutOfFold(answered, fold, dev).raw));
  });
});
