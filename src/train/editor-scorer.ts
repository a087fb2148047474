/**
 * The shipped follow-up scorer: the silver model (weak labels from the PolNeAR train attribution
 * annotation) refitted on the editor-style labels written on PolNeAR **train** articles
 * (`labels/polnear-followups-train-*.jsonl`), pulled towards the silver weights. The editors' dev
 * labels never enter the fit: they chose the setting and the bars (docs/evaluation.md, "Open questions").
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_CHOICE } from '../core/find-open-questions';
import { followupCeiling } from '../eval/followup-ceiling';
import { type EditorArticle, figuresOf, loadEditorArticles, trainLabelSources } from '../eval/followup-editor-data';
import { auc } from '../eval/followup-ranking';
import { tallyChoice } from './best-choice';
import { type FitSetting, fitEditors, modelOf, type Weights } from './fit-editors';

/**
 * Chosen on PolNeAR dev and BBC dev among no prior / the silver prior at λ 0.003–1 (and the silver
 * sentences as weighted data, the silver score as a banded feature): the silver prior at 0.3 gave the
 * best mean F1 of the two dev sets both with the bars chosen on dev and with the bars chosen inside
 * folds of dev. Weaker pulls fit the few train articles and fall on BBC dev.
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

/** The editor-labelled train articles (PolNeAR train, `labels/`), read as the engine reads them. */
export function loadTrainEditorArticles(evalDir: string, labelsDir = LABELS_DIR): EditorArticle[] {
  return loadEditorArticles(evalDir, trainLabelSources(labelsDir));
}

/**
 * What the cue families allow and what the engine asks, per label set, under `weights` and the
 * shipped bars: recall's ceiling (passages touching a cued sentence), then recall / precision.
 */
export function reportEditorSets(
  sets: ReadonlyArray<[string, readonly EditorArticle[]]>,
  weights: Weights,
  write: (line: string) => void,
): void {
  const choice = { ...DEFAULT_CHOICE, model: modelOf(weights) };
  for (const [name, articles] of sets) {
    const c = followupCeiling(articles, choice);
    const { polnear, bbc } = tallyChoice(articles, choice.model, choice);
    const f = figuresOf(polnear.articles ? polnear : bbc);
    const scored = articles.flatMap((a) =>
      a.prepared.sentences.map((s, i): [number, boolean] => [choice.model(s.features), a.flagged[i]!]),
    );
    write(
      `${name}: ${c.articles} articles, ${c.passages} passages, ${c.reachable} touch a cued sentence (recall ceiling ${(c.reachable / Math.max(1, c.passages)).toFixed(3)}); ` +
        `questions ${c.questions}, ${c.citingNone} cite none; recall ${f.recall.toFixed(3)} / precision ${f.precision.toFixed(3)}; scorer AUC ${auc(scored).toFixed(3)}\n`,
    );
  }
}
