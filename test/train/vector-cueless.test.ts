import { describe, expect, it } from 'vitest';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { sentenceVector } from '../../src/train/sentence-vector';
import { chooseSetting, fillCueless, type SentenceScores, vectorCuelessCv } from '../../src/train/vector-cueless';
import { editorStory } from '../support/editor-story';

/** A story of sentences no cue family reads (and one that a denial cue reads), the first flagged or not. */
const story = (name: string, flagged: boolean): EditorArticle =>
  editorStory(
    name,
    [
      'The depot will cost $40 million more than the council was told.',
      'The council met on Tuesday in the town hall.',
      'The mayor denied that the figures were wrong.',
      'Residents walked their dogs along the river.',
    ],
    flagged,
  );

const norm = (v: Float64Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('sentenceVector', () => {
  it('is a unit vector for a sentence of known words, and near for sentences on the same subject', () => {
    const budget = sentenceVector('The council approved the budget and raised taxes.');
    const spending = sentenceVector('Lawmakers passed the spending plan and higher taxes.');
    const football = sentenceVector('The striker scored twice in the second half.');
    expect(norm(budget)).toBeCloseTo(1, 6);
    const dot = (a: Float64Array, b: Float64Array): number => a.reduce((s, x, k) => s + x * b[k]!, 0);
    expect(dot(budget, spending)).toBeGreaterThan(dot(budget, football));
  });

  it('is all zeros when no word has a vector (control: no division by zero)', () => {
    expect(norm(sentenceVector('Zqxv blorptang.'))).toBe(0);
  });
});

describe('fillCueless', () => {
  const a = story('a', true);
  // Scores by hand: the last sentence best, then the first; the denial sentence carries a cue.
  const scores: SentenceScores = () => [0.3, 0.05, 0.9, 0.6];
  const engine = fillCueless(a, scores, null, 6);

  it("adds cue-less sentences after the engine's own questions, best first, from the bar, at most cap", () => {
    const filled = fillCueless(a, scores, 0.1, 6);
    expect(filled.slice(0, engine.length)).toEqual(engine);
    const added = filled.slice(engine.length).map((q) => q.sentenceIds);
    expect(added).toEqual([[3], [0]]);
    expect(
      fillCueless(a, scores, 0.1, 1)
        .slice(engine.length)
        .map((q) => q.sentenceIds),
    ).toEqual([[3]]);
  });

  it('with no bar is the engine as shipped (control)', () => {
    expect(engine.some((q) => q.sentenceIds.includes(2))).toBe(true);
    expect(engine.some((q) => q.sentenceIds.includes(0) || q.sentenceIds.includes(3))).toBe(false);
  });
});

describe('vectorCuelessCv', () => {
  it('chooses on the training folds, so flagged cue-less sentences are reached held out', () => {
    const articles = Array.from({ length: 10 }, (_, i) => story(`f${i}`, true));
    const [split] = vectorCuelessCv(articles, { splits: 1, folds: 5, l2: 0.001, bars: [null, 0.05] });
    expect(split!.chosen.every((s) => s.bar === 0.05)).toBe(true);
    expect(split!.cv.covered).toBeGreaterThan(split!.shipped.covered);
  });

  it('admits none when no cue-less sentence is ever flagged (control)', () => {
    const articles = Array.from({ length: 10 }, (_, i) => story(`n${i}`, false));
    const scores: SentenceScores = () => [0.5, 0.5, 0.5, 0.5];
    expect(chooseSetting(articles, scores, [null, 0.1], [1, 6])).toEqual({ bar: null, cap: 1 });
  });
});
