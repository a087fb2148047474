/**
 * A follow-up scorer measured in session 12 and not shipped: the silver model (weak labels from the
 * PolNeAR train attribution annotation) refitted on the editor-style labels written on PolNeAR **train**
 * articles (`labels/polnear-followups-train-*.jsonl`), pulled towards the silver weights. Under bars
 * chosen inside folds of dev it lowered PolNeAR dev recall (docs/evaluation.md, "Open questions"), so
 * `npm run train:followups` still writes the silver model (since fu46 with the editors' flags as labels on the
 * articles they cover, editor-flags.ts, not this pull); `-- --editor-labels` prints this one's figures.
 */
import { fileURLToPath } from 'node:url';
import { readJsonl } from '../eval/eval-corpus';
import { type EditorArticle, loadEditorArticles, trainLabelSources } from '../eval/followup-editor-data';
import type { FollowupLabel } from '../eval/score-followups';
import { type FitSetting, fitEditors, type Weights } from './fit-editors';

/**
 * Chosen on PolNeAR dev and BBC dev among no prior (λ 0.03–0.3) and the silver prior (λ 0.03–1),
 * `npm run cv:followups -- --train-labels` (the silver sentences as weighted data and the silver score
 * as a banded feature were tried too): the silver prior at 0.3 gave the best mean F1 of the two dev
 * sets with the bars chosen inside folds of dev, carried by BBC (PolNeAR's fell, 0.450 / 0.404 →
 * 0.427 / 0.416). Weaker pulls fit the train articles and fall on BBC dev.
 */
const EDITOR_SETTING: FitSetting = { prior: 'silver', lambda: 0.3 };

export const LABELS_DIR = fileURLToPath(new URL('../../labels', import.meta.url));

export interface EditorFit {
  weights: Weights;
  articles: number;
  passages: number;
  sentences: number;
  positives: number;
}

/** The silver weights refitted on whatever train labels exist (none: the silver weights unchanged). */
export function fitEditorScorer(silver: Weights, train: readonly EditorArticle[]): EditorFit {
  const sentences = train.reduce((n, a) => n + a.flagged.length, 0);
  const positives = train.reduce((n, a) => n + a.flagged.filter(Boolean).length, 0);
  return {
    weights: sentences > 0 ? fitEditors(train, EDITOR_SETTING, { weights: silver }) : silver,
    articles: train.length,
    passages: train.reduce((n, a) => n + a.labels, 0),
    sentences,
    positives,
  };
}

/**
 * The editor-labelled train articles (PolNeAR train, `labels/`), read as the engine reads them. A label
 * on any other split stops the run: a dev article fitted on would make every dev figure a fitted one.
 */
export function loadTrainEditorArticles(evalDir: string, labelsDir = LABELS_DIR): EditorArticle[] {
  const sources = trainLabelSources(labelsDir);
  for (const { file } of sources)
    for (const label of readJsonl<FollowupLabel>(file))
      if (!label.article.startsWith('train/'))
        throw new Error(`${file}: "${label.article}" is not a PolNeAR train article; train labels may not cover dev`);
  return loadEditorArticles(evalDir, sources);
}
