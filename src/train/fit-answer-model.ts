import {
  ABSTENTION_FEATURES,
  FEATURE_NAMES,
  RANKER_ONLY_FEATURES,
  SIGNAL_FEATURES,
  SOFT_FEATURES,
} from '../core/answer-feature-names';
import { type AnswerModel, answerConfidence, answerSignals } from '../core/answer-model';
import type { AnswerTypeGroup } from '../core/answer-type-group';
import { seededShuffle as shuffled } from '../eval/seeded-random';
import { zeros } from './zeros';

/** One reader question as training data: every sentence's features, which ones answer it. */
export interface TrainingQuestion {
  /** Questions on one article share a fold, so no article is both learned from and tested on. */
  article: string;
  set: string;
  answerable: boolean;
  rows: number[][];
  positives: Set<number>;
  /** Share of the question's weight the article never mentions. */
  missing: number;
  /** The question's type group: abstention weighs the best sentence's evidence by it. */
  group: AnswerTypeGroup;
  /** How much the question counts in the fit (1 unless set: silver questions count for less). */
  weight?: number;
  /** For diagnosis: the question and each row's sentence. */
  question: string;
  texts: string[];
}

/** Ridge on the ranker's weights; with training questions, chosen on dev (see choose-on-dev.ts). */
export const L2 = 0.003;
const column = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);
/** Abstention signals only (SIGNAL_FEATURES): no ranker weighs them. */
const SIGNAL_COLUMNS: ReadonlySet<number> = new Set(SIGNAL_FEATURES.map(column));
/** What the ranker that picks the sentence leaves out: the signals and the abstention ranker's own features. */
const RANKER_LEAVES_OUT: ReadonlySet<number> = new Set([...SIGNAL_COLUMNS, ...ABSTENTION_FEATURES.map(column)]);
/**
 * What the abstention ranker leaves out: the word-vector features (they rank paraphrases up, but make
 * a missing fact look present), the ranker-only ones and the signal-only ones.
 */
export const SOFT_COLUMNS: ReadonlySet<number> = new Set([
  ...SOFT_FEATURES.map(column),
  ...RANKER_ONLY_FEATURES.map(column),
  ...SIGNAL_COLUMNS,
]);
const STEPS = 1500;
const RATE = 0.05;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const dot = (w: number[], x: number[]): number => x.reduce((sum, v, k) => sum + v * w[k]!, 0);

export interface Prediction {
  set: string;
  question: string;
  /** Which cross-validation split (seed) and fold predicted it: abstention can be fitted inside folds. */
  split: number;
  fold: number;
  /** Row of the best sentence, and its score and the runner-up's (for abstention). */
  best: number;
  score: number;
  margin: number;
  /** What the abstention calibration reads (answerSignals). */
  signals: number[];
  answerable: boolean;
  /** The best sentence's probability of answering. */
  confidence: number;
  /** Whether the best sentence is an answer sentence. */
  right: boolean;
}

/** The best row under these weights, its score and its lead over the runner-up. */
function top(weights: number[], rows: number[][]): { best: number; score: number; lead: number } {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  rows.forEach((x, i) => {
    const s = dot(weights, x);
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = i;
    } else if (s > second) second = s;
  });
  return { best, score: bestScore, lead: Number.isFinite(second) ? bestScore - second : 5 };
}

/**
 * The question's answer under `weights`; whether to abstain is read from the ranking under
 * `abstention` (the ranker without the word-vector features, see SOFT_FEATURES).
 */
export function predict(weights: number[], q: TrainingQuestion, abstention = weights, split = 0, fold = 0): Prediction {
  const { best, score, lead } = top(weights, q.rows);
  const hard = abstention === weights ? { best, score, lead } : top(abstention, q.rows);
  return {
    set: q.set,
    question: q.question,
    split,
    fold,
    best,
    score,
    margin: lead,
    signals: answerSignals(hard.score, hard.lead, q.rows[hard.best] ?? [], q.missing, q.group),
    answerable: q.answerable,
    confidence: 0,
    right: q.positives.has(best),
  };
}

/**
 * Leave-articles-out cross-validation: each fold's questions are predicted by a model fitted without
 * them. Seed 0 splits the sorted articles in turn; other seeds shuffle them first, so repeats with
 * several seeds average out the luck of one split (with 160 questions one question moves a figure
 * by up to 0.03). `always` (silver questions on other articles) is in every fold's training.
 */
export function crossValidate(
  questions: TrainingQuestion[],
  folds: number,
  seed = 0,
  always: TrainingQuestion[] = [],
  l2 = L2,
): Prediction[] {
  const sorted = [...new Set(questions.map((q) => q.article))].sort();
  const articles = seed === 0 ? sorted : shuffled(sorted, seed);
  const foldOf = new Map(articles.map((a, i) => [a, i % folds]));
  const predictions: Prediction[] = [];
  for (let f = 0; f < folds; f++) {
    const training = [...always, ...questions.filter((q) => foldOf.get(q.article) !== f)];
    const weights = fitWeights(training, undefined, l2);
    const abstention = fitWeights(training, SOFT_COLUMNS, l2);
    for (const q of questions) {
      if (foldOf.get(q.article) !== f) continue;
      const p = predict(weights, q, abstention, seed, f);
      predictions.push(p);
      if (process.env.DEBUG && q.set === process.env.DEBUG && q.answerable && !p.right) {
        const gold = [...q.positives].map((i) => q.texts[i]!.slice(0, 160)).join(' | ');
        console.log(`- ${q.question}\n    got:  ${q.texts[p.best]?.slice(0, 160)}\n    want: ${gold}`);
      }
    }
  }
  return predictions;
}

/**
 * Ridge on the abstention classifier's weights (not its bias): with a term per question-type group, a
 * group of a dozen questions would otherwise fit its own noise (without it, fitted inside the folds,
 * BBC reads 0.708 top-1 / 0.400 abstention against 0.750 / 0.475). Chosen on cross-validation;
 * 0.002–0.005 measure within a question or two of it.
 */
const CALIBRATION_L2 = 0.003;

/**
 * The abstention classifier: logistic regression of whether a question is answerable on its
 * answerSignals (the best sentence's score, lead, coverage…, per question-type group), fitted on
 * cross-validated predictions. Returns one weight per signal, the bias first.
 */
export function fitCalibration(predictions: Prediction[]): number[] {
  const d = predictions[0]?.signals.length ?? 0;
  const c = zeros(d);
  for (let step = 0; step < 5000; step++) {
    const grad = c.map((v, k) => (k === 0 ? 0 : CALIBRATION_L2 * v));
    for (const p of predictions) {
      const err = sigmoid(dot(c, p.signals)) - (p.answerable ? 1 : 0);
      for (let k = 0; k < d; k++) grad[k]! += (err * p.signals[k]!) / predictions.length;
    }
    for (let k = 0; k < d; k++) c[k]! -= 0.5 * grad[k]!;
  }
  return c.map((v) => Math.round(v * 1e4) / 1e4);
}

export function calibrate(predictions: Prediction[], calibration: number[]): Prediction[] {
  return predictions.map((p) => ({ ...p, confidence: answerConfidence(p.signals, calibration) }));
}

export function toModel(
  weights: number[],
  abstention: number[],
  calibration: number[],
  threshold: number,
): AnswerModel {
  return {
    features: [...FEATURE_NAMES],
    weights: weights.map((w) => Math.round(w * 1e4) / 1e4),
    abstentionWeights: abstention.map((w) => Math.round(w * 1e4) / 1e4),
    calibration,
    threshold,
  };
}

/**
 * Listwise fit: for each answerable question, maximise the softmax probability of its answer
 * sentences among all of the article's sentences (what top-1 rewards). The bias cancels out.
 */
export function fitWeights(
  questions: TrainingQuestion[],
  without: ReadonlySet<number> = RANKER_LEAVES_OUT,
  l2 = L2,
): number[] {
  const d = FEATURE_NAMES.length;
  const w = zeros(d);
  const m = zeros(d);
  const v = zeros(d);
  const trained = questions.filter((q) => q.positives.size > 0);
  const mass = trained.reduce((sum, q) => sum + (q.weight ?? 1), 0);
  for (let step = 1; step <= STEPS; step++) {
    const grad = w.map((wk, k) => (k === 0 ? 0 : l2 * wk));
    for (const q of trained) {
      const scores = q.rows.map((x) => dot(w, x));
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const z = exps.reduce((a, b) => a + b, 0);
      const zPos = exps.reduce((a, e, i) => a + (q.positives.has(i) ? e : 0), 0);
      q.rows.forEach((x, i) => {
        const err = ((exps[i]! / z - (q.positives.has(i) ? exps[i]! / zPos : 0)) * (q.weight ?? 1)) / mass;
        for (let k = 1; k < d; k++) grad[k]! += err * x[k]!;
      });
    }
    for (let k = 1; k < d; k++) {
      if (without.has(k)) continue;
      m[k] = 0.9 * m[k]! + 0.1 * grad[k]!;
      v[k] = 0.999 * v[k]! + 0.001 * grad[k]! ** 2;
      const mh = m[k]! / (1 - 0.9 ** step);
      const vh = v[k]! / (1 - 0.999 ** step);
      w[k]! -= (RATE * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}
