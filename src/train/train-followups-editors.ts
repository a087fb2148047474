/**
 * `npm run cv:followups`: how well the open questions do on the editors' labels when every
 * article's questions are chosen without it (cross-validated by article, 5 folds × 3 splits):
 * today's engine (the silver scorer as shipped, its bars chosen on the training folds) against a
 * scorer and choice learned from the editors' labels (a prior of the silver weights or none, its
 * strength, the bars and cue-less sentences all chosen on the training folds). Then the fitted
 * figures: everything learned on all the labelled articles and scored on them.
 */
import { fileURLToPath } from 'node:url';
import { cueContext } from '../core/cue-context';
import { DEFAULT_CHOICE } from '../core/find-open-questions';
import { followupFeatures } from '../core/followup-features';
import model from '../core/models/followup-scorer.json' with { type: 'json' };
import { type EditorArticle, figuresOf, loadEditorArticles, type Tally } from '../eval/followup-editor-data';
import { DEFAULT_EVAL_DIR } from '../eval/run-eval';
import { type CorpusTallies, tallyChoice } from './best-choice';
import { cuelessReport } from './cueless-report';
import { loadTrainEditorArticles } from './editor-scorer';
import type { Silver } from './fit-editors';
import { crossValidate, fitAll } from './followup-cv';
import { loadSplit } from './load-split';
import { outOfFoldAuc } from './out-of-fold-auc';
import { reportTrainLabels } from './train-label-report';
import { reportTrainLabelVariants } from './train-label-variants';
import { reportVectorCueless } from './vector-cueless-report';

const SPLITS = 3;
const FOLDS = 5;

function line(name: string, t: Tally): string {
  const f = figuresOf(t);
  return `  ${name}: recall ${f.recall.toFixed(3)} / precision ${f.precision.toFixed(3)}, ${f.perArticle.toFixed(1)} questions an article\n`;
}

/** The mean over the splits, with the range of recall and precision. */
function report(title: string, result: { splits: CorpusTallies[]; chosen: string[] }): void {
  process.stdout.write(`${title}\n`);
  for (const corpus of ['polnear', 'bbc'] as const) {
    const each = result.splits.map((s) => figuresOf(s[corpus]));
    const mean = (k: 'recall' | 'precision' | 'perArticle') => each.reduce((x, f) => x + f[k], 0) / each.length;
    const range = (k: 'recall' | 'precision') =>
      `${Math.min(...each.map((f) => f[k])).toFixed(3)}–${Math.max(...each.map((f) => f[k])).toFixed(3)}`;
    process.stdout.write(
      `  ${corpus}: recall ${mean('recall').toFixed(3)} (${range('recall')}) / precision ${mean('precision').toFixed(3)} (${range('precision')}), ${mean('perArticle').toFixed(1)} questions an article\n`,
    );
  }
  const counts = new Map<string, number>();
  for (const c of result.chosen) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const [c, n] of counts) process.stdout.write(`    chosen ${n}×: ${c}\n`);
}

function main(): void {
  // `-- --train-cv`: the train labels alone — where questions miss and false-flag, and the CV figure.
  if (process.argv.includes('--train-cv')) {
    const train = loadTrainEditorArticles(DEFAULT_EVAL_DIR);
    const write = (l: string): void => void process.stdout.write(l);
    reportTrainLabels(DEFAULT_EVAL_DIR, train, write);
    // `--vectors` too: fu34's cue-less candidates from the vector scorer, then their one dev read (minutes more).
    if (process.argv.includes('--vectors')) reportVectorCueless(train, loadEditorArticles(DEFAULT_EVAL_DIR), write);
    return;
  }
  const articles: EditorArticle[] = loadEditorArticles(DEFAULT_EVAL_DIR);
  // `-- --silver-data`: also try the silver train sentences as extra data (minutes more).
  const rows = process.argv.includes('--silver-data')
    ? loadSplit('train').flatMap((a) =>
        a.sentences.map((sentence, i) => ({
          features: followupFeatures(
            sentence.text,
            i,
            a.sentences.length,
            undefined,
            a.passage[i],
            cueContext(a.title, a.sentences, i),
          ),
          label: a.labels[i]!,
        })),
      )
    : undefined;
  const silver: Silver = { weights: model.weights, ...(rows ? { rows } : {}) };
  // `-- --train-labels`: only the scorers fitted on the editor-style train labels, judged on dev.
  if (process.argv.includes('--train-labels')) {
    reportTrainLabelVariants(loadTrainEditorArticles(DEFAULT_EVAL_DIR), articles, silver, (l) =>
      process.stdout.write(l),
    );
    return;
  }
  const { model: _model, ...shippedChoice } = DEFAULT_CHOICE;
  const cv = { splits: SPLITS, folds: FOLDS };
  const shipped = tallyChoice(articles, DEFAULT_CHOICE.model, shippedChoice);
  process.stdout.write("today's engine as shipped (its bars chosen on these articles)\n");
  process.stdout.write(line('polnear', shipped.polnear) + line('bbc', shipped.bbc));
  const folds = `${SPLITS} splits × ${FOLDS} folds by article`;
  report(
    `today's engine, its bars chosen on the training folds (${folds})`,
    crossValidate(articles, silver, { ...cv, learn: false }),
  );
  report(
    `the editors' scorer (setting chosen on the training folds), today's bars (${folds})`,
    crossValidate(articles, silver, { ...cv, learn: true, choice: shippedChoice }),
  );
  report(
    `the editors' scorer and bars, all chosen on the training folds (${folds})`,
    crossValidate(articles, silver, { ...cv, learn: true }),
  );
  const fitted = fitAll(articles, silver, { folds: FOLDS, seed: 1 });
  process.stdout.write(`fitted on all the labelled articles and scored on them: ${fitted.described}\n`);
  process.stdout.write(line('polnear', fitted.tallies.polnear) + line('bbc', fitted.tallies.bbc));
  for (const [name, setting] of [
    ['silver scorer as shipped', null],
    [`editors' scorer (${fitted.described.split(',')[0]}), out of fold`, fitted.setting],
  ] as const) {
    const r = outOfFoldAuc(articles, setting, silver, { folds: FOLDS, seed: 1 });
    process.stdout.write(
      `AUC on the editors' labels, ${name}: PolNeAR ${r.polnear.scorer.toFixed(3)} (with cue strength ${r.polnear.combined.toFixed(3)}), BBC ${r.bbc.scorer.toFixed(3)} (${r.bbc.combined.toFixed(3)})\n`,
    );
  }
  const cueless = cuelessReport(articles, fitted.setting, silver, { folds: FOLDS, seed: 1 });
  for (const corpus of ['polnear', 'bbc'] as const) {
    const c = cueless[corpus];
    process.stdout.write(
      `${corpus} sentences with no cue: ${c.flagged} of ${c.sentences} flagged; editors' scorer out of fold AUC ${c.auc.toFixed(3)}, ${c.top50} flagged among its top 50\n`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
