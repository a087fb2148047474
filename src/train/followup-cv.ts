/**
 * The follow-up scorer and the choice of questions, learned from the editors' own labels (PolNeAR
 * dev and BBC dev) and measured by cross-validation over whole articles: an article's questions
 * are always chosen by a scorer and a bar fitted without it. Deterministic: fixed folds from a
 * seeded shuffle (out-of-fold.ts), full-batch Adagrad from the prior's weights (fit-editors.ts),
 * choices tried in a fixed order (best-choice.ts).
 */
import { selectQuestions } from '../core/find-open-questions';
import { addTallies, type EditorArticle, EMPTY_TALLY, tallyQuestions } from '../eval/followup-editor-data';
import { bestChoice, CHOICES, type Choice, type CorpusTallies, scoreWith, tallyChoice } from './best-choice';
import { type FitSetting, fitEditors, modelOf, type Silver, type Weights } from './fit-editors';
import { foldsOf, outOfFold } from './out-of-fold';

const FIT_SETTINGS: FitSetting[] = [
  ...[0.003, 0.03, 0.3].map((lambda) => ({ prior: 'none' as const, lambda })),
  ...[0.003, 0.03, 0.3].map((lambda) => ({ prior: 'silver' as const, lambda })),
];
/** With the silver sentences as data (slow: 29,637 more sentences per fit), at two weights. */
const DATA_SETTINGS: FitSetting[] = [0.03, 0.1].map((dataWeight) => ({ prior: 'data', lambda: 0.01, dataWeight }));

function settingsFor(silver: Silver): FitSetting[] {
  return silver.rows ? [...FIT_SETTINGS, ...DATA_SETTINGS] : FIT_SETTINGS;
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
