/**
 * Cross-validation by whole articles: fixed folds from a seeded shuffle, and for each article a
 * scorer fitted without it.
 */
import type { QuestionChoice } from '../core/find-open-questions';
import type { EditorArticle } from '../eval/followup-editor-data';
import { seededShuffle as shuffled } from '../eval/seeded-random';
import { type FitSetting, fitEditors, modelOf, type Silver } from './fit-editors';

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
export function outOfFold(
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
