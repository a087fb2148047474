import type { EditorArticle } from '../eval/followup-editor-data';
import { auc } from '../eval/followup-ranking';
import { type FitSetting, modelOf, type Silver } from './fit-editors';
import { outOfFold } from './out-of-fold';

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
