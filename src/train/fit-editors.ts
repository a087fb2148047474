/**
 * The editors' follow-up scorer: logistic regression on the sentences the editors flagged (PolNeAR
 * dev and BBC dev), pulled towards a prior. Deterministic: full-batch Adagrad from the prior's
 * weights, features in sorted order.
 */
import type { QuestionChoice } from '../core/find-open-questions';
import { scoreFeatures } from '../core/score-followup';
import type { EditorArticle } from '../eval/followup-editor-data';

export type Weights = Readonly<Record<string, number>>;

/** The silver model's weights and, optionally, the silver-labelled train sentences themselves. */
export interface Silver {
  weights: Weights;
  rows?: ReadonlyArray<{ features: readonly string[]; label: boolean }>;
}

/**
 * How the editors' scorer is fitted: pulled towards `prior` (the silver model's weights, or
 * nothing) with strength `lambda`, or (`data`) fitted on the silver train sentences as well, each
 * counting `dataWeight` of an editor-labelled sentence, pulled towards nothing.
 */
export interface FitSetting {
  prior: 'silver' | 'none' | 'data';
  lambda: number;
  dataWeight?: number;
}

const EPOCHS = 300;
const RATE = 0.3;
/** A feature must occur this often among the training sentences to get a weight of its own. */
const MIN_COUNT = 3;

/** Logistic regression on the editors' labels of `articles`, each weight pulled towards the prior's. */
export function fitEditors(articles: readonly EditorArticle[], setting: FitSetting, silver: Silver): Weights {
  const prior = setting.prior === 'silver' ? silver.weights : {};
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const s of a.prepared.sentences) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const extra = setting.prior === 'data' ? (silver.rows ?? []) : [];
  for (const r of extra) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...new Set([...Object.keys(prior), ...[...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f)])]
    .filter((f) => counts.has(f) || f in prior)
    .sort();
  const indexOf = new Map(vocab.map((f, i) => [f, i]));
  const encode = (features: readonly string[]): number[] =>
    features.map((f) => indexOf.get(f)).filter((j): j is number => j !== undefined);
  const rows = [
    ...articles.flatMap((a) =>
      a.prepared.sentences.map((s, i) => ({ features: encode(s.features), label: a.flagged[i] ? 1 : 0, weight: 1 })),
    ),
    ...extra.map((r) => ({ features: encode(r.features), label: r.label ? 1 : 0, weight: setting.dataWeight ?? 0 })),
  ];
  const total = rows.reduce((x, r) => x + r.weight, 0);
  const start = Float64Array.from(vocab, (f) => prior[f] ?? 0);
  const weights = Float64Array.from(start);
  const history = new Float64Array(vocab.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(vocab.length);
    for (const row of rows) {
      let z = 0;
      for (const j of row.features) z += weights[j]!;
      const g = (1 / (1 + Math.exp(-z)) - row.label) * row.weight;
      for (const j of row.features) grad[j]! += g;
    }
    for (let j = 0; j < vocab.length; j++) {
      const g = grad[j]! / total + setting.lambda * (weights[j]! - start[j]!);
      history[j]! += g * g;
      weights[j]! -= (RATE * g) / (Math.sqrt(history[j]!) + 1e-8);
    }
  }
  return Object.fromEntries(vocab.map((f, j) => [f, Math.round(weights[j]! * 1000) / 1000]));
}

/** The probability of each sentence of each article under `weights`, as the choice reads it. */
export function modelOf(weights: Weights): QuestionChoice['model'] {
  const cache = new WeakMap<readonly string[], number>();
  return (features) => {
    let p = cache.get(features);
    if (p === undefined) {
      p = scoreFeatures(features, weights);
      cache.set(features, p);
    }
    return p;
  };
}
