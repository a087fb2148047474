import type { EditorArticle } from '../eval/followup-editor-data';
import { auc } from '../eval/followup-ranking';
import type { FitSetting, Silver } from './fit-editors';
import { outOfFold } from './out-of-fold';

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
