/**
 * The follow-up scorer fitted on the editor-style PolNeAR **train** labels under each setting, and
 * judged on the editors' dev labels it never saw: ranking (AUC, alone and with the cue strength),
 * the questions under the shipped bars, under the bars that do best on dev (a choice made on the
 * figures it reports) and under bars chosen inside folds of dev (the honest figure for the choice).
 */
import { DEFAULT_CHOICE } from '../core/find-open-questions';
import { type EditorArticle, figuresOf, type Tally } from '../eval/followup-editor-data';
import { auc } from '../eval/followup-ranking';
import { bestChoice, type CorpusTallies, tallyChoice } from './best-choice';
import { type FitSetting, fitEditors, modelOf, type Silver, type Weights } from './fit-editors';
import { crossValidate } from './followup-cv';

const SETTINGS: FitSetting[] = [
  ...[0.03, 0.1, 0.3].map((lambda) => ({ prior: 'none' as const, lambda })),
  ...[0.03, 0.1, 0.3, 1].map((lambda) => ({ prior: 'silver' as const, lambda })),
];
/** The silver train sentences as data beside the editors' (`--silver-data`). */
const DATA_SETTINGS: FitSetting[] = [0.1, 0.3, 1].map((dataWeight) => ({ prior: 'data', lambda: 0.01, dataWeight }));

/** Engine 29's bars (before the scorer was refitted on the train labels), for comparison. */
const ENGINE_29 = { modelWeight: 5, minScore: 1.5, relativeBar: 3.5, cueless: null, familyLift: () => 0 };

const pair = (t: Tally): string => {
  const f = figuresOf(t);
  return `${f.recall.toFixed(3)} / ${f.precision.toFixed(3)}, ${f.perArticle.toFixed(1)}`;
};
const both = (t: CorpusTallies): string => `PolNeAR ${pair(t.polnear)} · BBC ${pair(t.bbc)}`;

function rankingOf(dev: readonly EditorArticle[], weights: Weights): string {
  const model = modelOf(weights);
  return (['polnear', 'bbc'] as const)
    .map((corpus) => {
      const alone: Array<[number, boolean]> = [];
      const summed: Array<[number, boolean]> = [];
      for (const a of dev.filter((x) => x.corpus === corpus))
        a.prepared.sentences.forEach((s, i) => {
          const p = model(s.features);
          alone.push([p, a.flagged[i]!]);
          summed.push([(s.cue?.strength ?? 0) + DEFAULT_CHOICE.modelWeight * p, a.flagged[i]!]);
        });
      return `${corpus} AUC ${auc(alone).toFixed(3)} (with cue ${auc(summed).toFixed(3)})`;
    })
    .join(', ');
}

/** One line a setting: the silver scorer as shipped first, then each fit on the train labels. */
export function reportTrainLabelVariants(
  train: readonly EditorArticle[],
  dev: readonly EditorArticle[],
  silver: Silver,
  write: (line: string) => void,
): void {
  const { model: _model, ...shipped } = DEFAULT_CHOICE;
  const settings = silver.rows ? [...SETTINGS, ...DATA_SETTINGS] : SETTINGS;
  const rows: Array<[string, Weights]> = [
    ['silver scorer (weak labels only)', silver.weights],
    ...settings.map((s): [string, Weights] => [
      `train labels, ${s.prior === 'data' ? `silver data ×${s.dataWeight}` : `${s.prior} prior`} λ${s.lambda}`,
      fitEditors(train, s, silver),
    ]),
  ];
  write(
    `scorers fitted on ${train.length} editor-labelled PolNeAR train articles, judged on dev (recall / precision, questions an article)\n`,
  );
  for (const [name, weights] of rows) {
    const model = modelOf(weights);
    const best = bestChoice(dev, () => model);
    const cv = crossValidate(dev, { weights }, { learn: false, splits: 3, folds: 5 });
    const mean = (corpus: 'polnear' | 'bbc', k: 'recall' | 'precision'): string =>
      (cv.splits.reduce((x, s) => x + figuresOf(s[corpus])[k], 0) / cv.splits.length).toFixed(3);
    const c = best.choice;
    write(
      `  ${name}: ${rankingOf(dev, weights)}\n` +
        `    engine 29's bars: ${both(tallyChoice(dev, model, ENGINE_29))}\n` +
        `    shipped bars: ${both(tallyChoice(dev, model, shipped))}\n` +
        `    bars chosen on dev (weight ${c.modelWeight}, min ${c.minScore}, bar ${c.relativeBar}, cue-less ${c.cueless ?? 'no'}): ${both(tallyChoice(dev, model, c))}\n` +
        `    bars chosen inside folds of dev (3 × 5): PolNeAR ${mean('polnear', 'recall')} / ${mean('polnear', 'precision')} · BBC ${mean('bbc', 'recall')} / ${mean('bbc', 'precision')}\n`,
    );
  }
}
