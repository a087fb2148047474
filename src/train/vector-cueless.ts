/**
 * Issue 13, session 32 (fu34; measured, not shipped): sentences no cue family reads, admitted on a
 * scorer fitted on the editor-style PolNeAR **train** labels over every sentence, whose evidence is
 * the follow-up features (followup-features.ts) plus what the sentence is about (sentence-vector.ts).
 * Added after the engine's own questions, best first, from a bar and at most `cap` an article, the
 * total held at six; the bar and cap are chosen on the training folds (`npm run cv:followups --
 * --train-cv --vectors`). The engine's questions are untouched, so what moves is only what the
 * admitted sentences add.
 */
import type { OpenQuestion } from '../core/analysis-types';
import { DEFAULT_CHOICE, MAX_QUESTIONS, selectQuestions } from '../core/find-open-questions';
import { addTallies, type EditorArticle, EMPTY_TALLY, type Tally, tallyQuestions } from '../eval/followup-editor-data';
import { auc } from '../eval/followup-ranking';
import { f1 } from './best-choice';
import { foldsOf } from './out-of-fold';
import { sentenceVector, VECTOR_DIMENSIONS } from './sentence-vector';

/** A feature must occur this often among the training sentences to get a weight. */
const MIN_COUNT = 5;
const EPOCHS = 200;
const RATE = 0.3;

/** Per article, each sentence's probability of sitting on a flagged passage. */
export type SentenceScores = (article: EditorArticle) => readonly number[];

const vectorsOf = new WeakMap<EditorArticle, Float64Array[]>();
const vectors = (a: EditorArticle): Float64Array[] => {
  let v = vectorsOf.get(a);
  if (!v) {
    v = a.texts.map(sentenceVector);
    vectorsOf.set(a, v);
  }
  return v;
};

/**
 * Logistic regression on the editors' flags of `articles` (every sentence, cued or not): a weight per
 * feature seen MIN_COUNT times and one per vector dimension, L2 `l2`, full-batch Adagrad from zero,
 * features in sorted order (deterministic).
 */
export function fitVectorScorer(articles: readonly EditorArticle[], l2: number): SentenceScores {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const s of a.prepared.sentences) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, c]) => c >= MIN_COUNT)
    .map(([f]) => f)
    .sort();
  const indexOf = new Map(vocab.map((f, j) => [f, 1 + j]));
  const dense = 1 + vocab.length;
  const weights = new Float64Array(dense + VECTOR_DIMENSIONS);
  const encode = (features: readonly string[]): number[] =>
    features.map((f) => indexOf.get(f)).filter((j): j is number => j !== undefined);
  const z = (sparse: readonly number[], vector: Float64Array): number => {
    let sum = weights[0]!;
    for (const j of sparse) sum += weights[j]!;
    for (let k = 0; k < VECTOR_DIMENSIONS; k++) sum += weights[dense + k]! * vector[k]!;
    return sum;
  };
  const rows = articles.flatMap((a) =>
    a.prepared.sentences.map((s, i) => ({ sparse: encode(s.features), vector: vectors(a)[i]!, label: a.flagged[i] })),
  );
  const history = new Float64Array(weights.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(weights.length);
    for (const row of rows) {
      const g = 1 / (1 + Math.exp(-z(row.sparse, row.vector))) - (row.label ? 1 : 0);
      grad[0]! += g;
      for (const j of row.sparse) grad[j]! += g;
      for (let k = 0; k < VECTOR_DIMENSIONS; k++) grad[dense + k]! += g * row.vector[k]!;
    }
    for (let j = 0; j < weights.length; j++) {
      const g = grad[j]! / Math.max(1, rows.length) + (j === 0 ? 0 : l2 * weights[j]!);
      history[j]! += g * g;
      weights[j]! -= (RATE * g) / (Math.sqrt(history[j]!) + 1e-8);
    }
  }
  const scored = new WeakMap<EditorArticle, number[]>();
  return (a) => {
    let p = scored.get(a);
    if (!p) {
      p = a.prepared.sentences.map((s, i) => 1 / (1 + Math.exp(-z(encode(s.features), vectors(a)[i]!))));
      scored.set(a, p);
    }
    return p;
  };
}

/** The engine's questions, then cue-less sentences from `bar` (null: none), best first, at most `cap`. */
export function fillCueless(a: EditorArticle, scores: SentenceScores, bar: number | null, cap: number): OpenQuestion[] {
  const questions = selectQuestions(a.prepared, DEFAULT_CHOICE);
  if (bar === null) return questions;
  const p = scores(a);
  const used = new Set(questions.flatMap((q) => q.sentenceIds));
  const admitted = a.prepared.sentences
    .filter((s) => !s.cue && !used.has(s.index) && p[s.index]! >= bar)
    .sort((x, y) => p[y.index]! - p[x.index]! || x.index - y.index)
    .slice(0, Math.max(0, Math.min(cap, MAX_QUESTIONS - questions.length)));
  return [...questions, ...admitted.map((s) => a.prepared.item(s.index))].map(({ text, kind, sentenceIds }) => ({
    text,
    kind,
    sentenceIds,
  }));
}

export function tallyFilled(
  articles: readonly EditorArticle[],
  scores: SentenceScores,
  bar: number | null,
  cap: number,
): Tally {
  let t = EMPTY_TALLY;
  for (const a of articles) t = addTallies(t, tallyQuestions(a, fillCueless(a, scores, bar, cap)));
  return t;
}

export interface VectorSetting {
  bar: number | null;
  cap: number;
}

/** The setting with the best F1 on `articles` (the first tried on ties: no cue-less sentence wins a tie). */
export function chooseSetting(
  articles: readonly EditorArticle[],
  scores: SentenceScores,
  bars: ReadonlyArray<number | null>,
  caps: readonly number[],
): VectorSetting {
  let best: VectorSetting = { bar: null, cap: caps[0] ?? 1 };
  let bestF1 = -1;
  for (const bar of bars)
    for (const cap of caps) {
      const f = f1(tallyFilled(articles, scores, bar, cap));
      if (f > bestF1 + 1e-12) {
        bestF1 = f;
        best = { bar, cap };
      }
      if (bar === null) break;
    }
  return best;
}

export interface VectorCvSplit {
  shipped: Tally;
  cv: Tally;
  chosen: VectorSetting[];
  /** Out of fold, over the sentences with no cue: AUC against the editors' flags. */
  cuelessAuc: number;
}

export const VECTOR_BARS: ReadonlyArray<number | null> = [null, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4];
export const VECTOR_CAPS: readonly number[] = [1, 2, 6];

/** Per split: the held-out articles' tallies as shipped and under the setting chosen on the other folds. */
export function vectorCuelessCv(
  articles: readonly EditorArticle[],
  options: { splits: number; folds: number; l2: number; bars?: ReadonlyArray<number | null> },
): VectorCvSplit[] {
  const bars = options.bars ?? VECTOR_BARS;
  const out: VectorCvSplit[] = [];
  for (let split = 1; split <= options.splits; split++) {
    let shipped = EMPTY_TALLY;
    let cv = EMPTY_TALLY;
    const chosen: VectorSetting[] = [];
    const cueless: Array<[number, boolean]> = [];
    for (const held of foldsOf(articles, options.folds, split)) {
      const scores = fitVectorScorer(
        articles.filter((a) => !held.includes(a)),
        options.l2,
      );
      const setting = chooseSetting(
        articles.filter((a) => !held.includes(a)),
        scores,
        bars,
        VECTOR_CAPS,
      );
      chosen.push(setting);
      shipped = addTallies(shipped, tallyFilled(held, scores, null, 0));
      cv = addTallies(cv, tallyFilled(held, scores, setting.bar, setting.cap));
      for (const a of held)
        for (const s of a.prepared.sentences) if (!s.cue) cueless.push([scores(a)[s.index]!, a.flagged[s.index]!]);
    }
    out.push({ shipped, cv, chosen, cuelessAuc: auc(cueless) });
  }
  return out;
}
