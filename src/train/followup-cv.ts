/**
 * The follow-up scorer and the choice of questions, learned from the editors' own labels (PolNeAR
 * dev and BBC dev) and measured by cross-validation over whole articles: an article's questions
 * are always chosen by a scorer and a bar fitted without it. Deterministic: fixed folds from a
 * seeded shuffle, full-batch Adagrad from the prior's weights.
 */
import { type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import { scoreFeatures } from '../core/score-followup';
import {
  addTallies,
  type EditorArticle,
  EMPTY_TALLY,
  figuresOf,
  type Tally,
  tallyQuestions,
} from '../eval/followup-editor-data';
import { auc } from '../eval/followup-ranking';
import { seededShuffle as shuffled } from '../eval/seeded-random';

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

export type Choice = Omit<QuestionChoice, 'model'>;

export interface CorpusTallies {
  polnear: Tally;
  bbc: Tally;
}

const EPOCHS = 300;
const RATE = 0.3;
/** A feature must occur this often among the training sentences to get a weight of its own. */
const MIN_COUNT = 3;

/** Every choice tried: the weight of the scorer against the cue strength, the two bars, cue-less sentences. */
const CHOICES: Choice[] = [2, 5, 10].flatMap((modelWeight) =>
  [0.5, 1, 1.5, 2, 2.5, 3, 4].flatMap((minScore) =>
    [1, 2, 3, 3.5, 5, Number.POSITIVE_INFINITY].flatMap((relativeBar) =>
      [null, 0.3, 0.5, 0.7].map((cueless) => ({ modelWeight, minScore, relativeBar, cueless })),
    ),
  ),
);

const FIT_SETTINGS: FitSetting[] = [
  ...[0.003, 0.03, 0.3].map((lambda) => ({ prior: 'none' as const, lambda })),
  ...[0.003, 0.03, 0.3].map((lambda) => ({ prior: 'silver' as const, lambda })),
];
/** With the silver sentences as data (slow: 29,637 more sentences per fit), at two weights. */
const DATA_SETTINGS: FitSetting[] = [0.03, 0.1].map((dataWeight) => ({ prior: 'data', lambda: 0.01, dataWeight }));

function settingsFor(silver: Silver): FitSetting[] {
  return silver.rows ? [...FIT_SETTINGS, ...DATA_SETTINGS] : FIT_SETTINGS;
}

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
function modelOf(weights: Weights): QuestionChoice['model'] {
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

/** The questions' tallies per corpus under one scorer and one choice. */
export function tallyChoice(
  articles: readonly EditorArticle[],
  model: QuestionChoice['model'],
  choice: Choice,
): CorpusTallies {
  const out: CorpusTallies = { polnear: EMPTY_TALLY, bbc: EMPTY_TALLY };
  for (const a of articles) {
    const questions = selectQuestions(a.prepared, { ...choice, model });
    out[a.corpus] = addTallies(out[a.corpus], tallyQuestions(a, questions));
  }
  return out;
}

function f1(t: Tally): number {
  const { recall, precision } = figuresOf(t);
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

/** What a choice is judged by: the mean of the two corpora's F1 (recall and precision weigh alike). */
function objective(t: CorpusTallies): number {
  return (f1(t.polnear) + f1(t.bbc)) / 2;
}

/** The objective of one choice when each article is asked with its own scorer. */
function scoreWith(
  articles: readonly EditorArticle[],
  models: Map<EditorArticle, QuestionChoice['model']>,
  choice: Choice,
): number {
  const t: CorpusTallies = { polnear: EMPTY_TALLY, bbc: EMPTY_TALLY };
  for (const a of articles) {
    const questions = selectQuestions(a.prepared, { ...choice, model: models.get(a)! });
    t[a.corpus] = addTallies(t[a.corpus], tallyQuestions(a, questions));
  }
  return objective(t);
}

/** The best choice for `articles` under `modelFor` (a scorer per article), first in CHOICES order on ties. */
function bestChoice(
  articles: readonly EditorArticle[],
  modelFor: (a: EditorArticle) => QuestionChoice['model'],
): { choice: Choice; score: number } {
  let best = CHOICES[0]!;
  let bestScore = -1;
  const models = new Map(articles.map((a) => [a, modelFor(a)]));
  for (const choice of CHOICES) {
    const score = scoreWith(articles, models, choice);
    if (score > bestScore + 1e-12) {
      best = choice;
      bestScore = score;
    }
  }
  return { choice: best, score: bestScore };
}

/** Folds by article, each corpus spread evenly over them. */
export function foldsOf(articles: readonly EditorArticle[], folds: number, seed: number): EditorArticle[][] {
  const out: EditorArticle[][] = Array.from({ length: folds }, () => []);
  let at = 0;
  for (const corpus of ['polnear', 'bbc'] as const) {
    for (const a of shuffled(
      articles.filter((x) => x.corpus === corpus),
      seed * 2 + (corpus === 'bbc' ? 1 : 0),
    ))
      out[at++ % folds]!.push(a);
  }
  return out;
}

/** Out-of-fold scorers: each article scored by a model fitted on the other folds under `setting`. */
function outOfFold(
  articles: readonly EditorArticle[],
  setting: FitSetting,
  silver: Silver,
  folds: number,
  seed: number,
): Map<EditorArticle, QuestionChoice['model']> {
  const out = new Map<EditorArticle, QuestionChoice['model']>();
  for (const held of foldsOf(articles, folds, seed)) {
    const model = modelOf(
      fitEditors(
        articles.filter((a) => !held.includes(a)),
        setting,
        silver,
      ),
    );
    for (const a of held) out.set(a, model);
  }
  return out;
}

export interface CvResult {
  /** Per split, the tallies of every article held out once. */
  splits: CorpusTallies[];
  /** What each outer fold chose (setting and choice), for the report. */
  chosen: string[];
}

const settingName = (s: FitSetting): string =>
  s.prior === 'data' ? `silver data ×${s.dataWeight} λ${s.lambda}` : `${s.prior} λ${s.lambda}`;

const describe = (setting: FitSetting | null, c: Choice): string =>
  `${setting ? settingName(setting) : 'silver as shipped'}, weight ${c.modelWeight}, min ${c.minScore}, bar ${c.relativeBar}, cue-less ${c.cueless ?? 'no'}`;

/**
 * Cross-validated figures, `splits` × `folds` by article. `learn` false: today's engine (the silver
 * scorer as shipped), only the choice is made on the training folds. `learn` true: the setting and
 * the choice are chosen on the training folds from inner out-of-fold scores, then the scorer is
 * refitted on all training folds and the held-out fold is asked with it.
 */
export function crossValidate(
  articles: readonly EditorArticle[],
  silver: Silver,
  options: { learn: boolean; splits: number; folds: number; choice?: Choice },
): CvResult {
  const splits: CorpusTallies[] = [];
  const chosen: string[] = [];
  const shipped = modelOf(silver.weights);
  for (let split = 0; split < options.splits; split++) {
    const t: CorpusTallies = { polnear: EMPTY_TALLY, bbc: EMPTY_TALLY };
    for (const held of foldsOf(articles, options.folds, split + 1)) {
      const train = articles.filter((a) => !held.includes(a));
      let model = shipped;
      let choice: Choice;
      let setting: FitSetting | null = null;
      const fixed = options.choice;
      if (!options.learn) choice = fixed ?? bestChoice(train, () => shipped).choice;
      else {
        let bestScore = -1;
        choice = CHOICES[0]!;
        for (const s of settingsFor(silver)) {
          const inner = outOfFold(train, s, silver, options.folds - 1, 100 + split);
          const { choice: c, score } = fixed
            ? { choice: fixed, score: scoreWith(train, inner, fixed) }
            : bestChoice(train, (a) => inner.get(a)!);
          if (score > bestScore + 1e-12) {
            bestScore = score;
            setting = s;
            choice = c;
          }
        }
        model = modelOf(fitEditors(train, setting!, silver));
      }
      chosen.push(describe(setting, choice));
      for (const a of held) {
        const questions = selectQuestions(a.prepared, { ...choice, model });
        t[a.corpus] = addTallies(t[a.corpus], tallyQuestions(a, questions));
      }
    }
    splits.push(t);
  }
  return { splits, chosen };
}

/**
 * How the scorer ranks the editors' flagged sentences when each article is scored by a model
 * fitted without it (AUC, ties half), per corpus: the probability alone and with the cue strength
 * (strength + 5 × probability, the engine's sum). `setting` null: the silver model as shipped.
 */
export function outOfFoldAuc(
  articles: readonly EditorArticle[],
  setting: FitSetting | null,
  silver: Silver,
  options: { folds: number; seed: number },
): Record<'polnear' | 'bbc', { scorer: number; combined: number }> {
  const models = setting
    ? outOfFold(articles, setting, silver, options.folds, options.seed)
    : new Map(articles.map((a) => [a, modelOf(silver.weights)]));
  const out = {} as Record<'polnear' | 'bbc', { scorer: number; combined: number }>;
  for (const corpus of ['polnear', 'bbc'] as const) {
    const scorer: Array<[number, boolean]> = [];
    const combined: Array<[number, boolean]> = [];
    for (const a of articles.filter((x) => x.corpus === corpus)) {
      const model = models.get(a)!;
      a.prepared.sentences.forEach((s, i) => {
        const p = model(s.features);
        scorer.push([p, a.flagged[i]!]);
        combined.push([(s.cue?.strength ?? 0) + 5 * p, a.flagged[i]!]);
      });
    }
    out[corpus] = { scorer: auc(scorer), combined: auc(combined) };
  }
  return out;
}

/**
 * The fitted figures: the setting and the choice chosen on all the labelled articles (the setting
 * from out-of-fold scores, as inside the cross-validation), the scorer refitted on all of them, and
 * every article asked with it. Optimistic: the articles scored are the ones everything was fitted on.
 */
export function fitAll(
  articles: readonly EditorArticle[],
  silver: Silver,
  options: { folds: number; seed: number },
): { setting: FitSetting; choice: Choice; weights: Weights; tallies: CorpusTallies; described: string } {
  let best: { setting: FitSetting; choice: Choice; score: number } | null = null;
  for (const setting of settingsFor(silver)) {
    const inner = outOfFold(articles, setting, silver, options.folds, options.seed);
    const { choice, score } = bestChoice(articles, (a) => inner.get(a)!);
    if (!best || score > best.score + 1e-12) best = { setting, choice, score };
  }
  const weights = fitEditors(articles, best!.setting, silver);
  return {
    setting: best!.setting,
    choice: best!.choice,
    weights,
    tallies: tallyChoice(articles, modelOf(weights), best!.choice),
    described: describe(best!.setting, best!.choice),
  };
}

/**
 * What admitting sentences with no cue could buy: per corpus, how many such sentences there are and
 * how many an editor flagged, how the out-of-fold scorer ranks them (AUC) and how many of its 50
 * highest are flagged.
 */
export function cuelessReport(
  articles: readonly EditorArticle[],
  setting: FitSetting,
  silver: Silver,
  options: { folds: number; seed: number },
): Record<'polnear' | 'bbc', { sentences: number; flagged: number; auc: number; top50: number }> {
  const models = outOfFold(articles, setting, silver, options.folds, options.seed);
  const out = {} as Record<'polnear' | 'bbc', { sentences: number; flagged: number; auc: number; top50: number }>;
  for (const corpus of ['polnear', 'bbc'] as const) {
    const scored: Array<[number, boolean]> = [];
    for (const a of articles.filter((x) => x.corpus === corpus)) {
      const model = models.get(a)!;
      a.prepared.sentences.forEach((s, i) => {
        if (!s.cue) scored.push([model(s.features), a.flagged[i]!]);
      });
    }
    const top = [...scored].sort((x, y) => y[0] - x[0]).slice(0, 50);
    out[corpus] = {
      sentences: scored.length,
      flagged: scored.filter(([, y]) => y).length,
      auc: auc(scored),
      top50: top.filter(([, y]) => y).length,
    };
  }
  return out;
}
