/**
 * What the cue families allow and what the engine asks on a labelled set, printed by
 * `npm run train:followups` for the train labels and both dev sets.
 */
import { DEFAULT_CHOICE } from '../core/find-open-questions';
import { disputeLine } from '../eval/dispute-tally';
import { followupCeiling } from '../eval/followup-ceiling';
import { type EditorArticle, figuresOf } from '../eval/followup-editor-data';
import { followupLoss, lossLines } from '../eval/followup-loss';
import { auc } from '../eval/followup-ranking';
import { neverCandidateLine } from '../eval/never-candidate-class';
import { tallyChoice } from './best-choice';
import { modelOf, type Weights } from './fit-editors';

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
      `${name}: ${c.articles} articles, ${c.passages} passages, ${c.reachable} a candidate reaches (recall ceiling ${(c.reachable / Math.max(1, c.passages)).toFixed(3)}); ` +
        `questions ${c.questions}, ${c.citingNone} cite none; recall ${f.recall.toFixed(3)} / precision ${f.precision.toFixed(3)}; scorer AUC ${auc(scored).toFixed(3)}\n`,
    );
    // Where the rest is lost (issue 13): whether the lever is the candidates, the bars or the cap.
    write(`  ${lossLines(name.trim(), followupLoss(articles, choice))}`);
    // What lies past the ceiling, by class: which class a new candidate family could act on.
    write(`  ${name.trim()} ${neverCandidateLine(articles, choice)}\n`);
    // How often the editors flag a dispute, and whether the central dispute (asked first) is one of them.
    write(`  ${name.trim()} ${disputeLine(articles)}\n`);
  }
}
