/**
 * Trains the follow-up scorer (src/core/models/followup-scorer.json): logistic regression over
 * followupFeatures, learned from the PolNeAR attribution annotation of the 840 training articles.
 * A sentence is a positive example when the annotation marks in it a claim a reporter would have
 * to chase (weak-labels.ts, `chase`): content with no source or an anonymous one, a contesting,
 * denying or hedging cue, content about a pending procedure, or a partisan source; on the 194 train
 * articles an editor labelled (`labels/`), the editor's flags instead (editor-flags.ts). The editors'
 * dev labels are not trained on; they chose the label definition and the regularisation (printed
 * below for PolNeAR dev and BBC dev) and the engine's bar and weight (see docs/evaluation.md, "Open questions").
 *
 * Deterministic: fixed feature order, zero start, full-batch gradient steps. `npm run train:followups`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { followupFeatures } from '../core/followup-features';
import { loadEditorArticles } from '../eval/followup-editor-data';
import { auc, followupRanking } from '../eval/followup-ranking';
import { adagradLogistic, encode } from './adagrad-logistic';
import { editorSpans, withEditorFlags } from './editor-flags';
import { fitEditorScorer, LABELS_DIR, loadTrainEditorArticles } from './editor-scorer';
import { EVAL_DIR as EVAL } from './eval-dir';
import type { Weights } from './fit-editors';
import { featuresOf, loadSplit } from './load-split';
import { reportEditorSets } from './report-editor-sets';

const EVAL_DIR = join(EVAL, 'polnear');
const OUT = fileURLToPath(new URL('../core/models/followup-scorer.json', import.meta.url));

/**
 * Word classes whose patterns repeat the weak-label rules (weak-labels.ts): hedging and contesting
 * cues, denials, anonymous and partisan sources, pending procedures, speech and charge verbs. A
 * model can fit the silver labels through them without learning anything an editor would flag.
 */
const OVERLAPS_LABELS = /^x:(?:hedge|future|denial|anon|partisan|pending|unknown|speech|accuse)(?::|$)/;
/** The cue families and kinds: rules of the engine whose words also overlap the label rules. */
const CUE_FEATURE = /^(?:c:|k:|cue:)/;

/**
 * The honest silver figure: fit on four fifths of the train articles and score the weak labels of
 * the other fifth (whole articles held out), with every feature, without the word classes that
 * repeat the label rules, and without those and the cue families as well.
 */
function heldOutSilver(articles: ReturnType<typeof loadSplit>): void {
  for (const [name, drop] of [
    ['all features', (_: string) => false],
    ['no label-overlapping word classes', (f: string) => OVERLAPS_LABELS.test(f)],
    ['no overlapping classes or cue families', (f: string) => OVERLAPS_LABELS.test(f) || CUE_FEATURE.test(f)],
  ] as const) {
    const rows = articles.flatMap((article, a) =>
      article.sentences.map((_, i) => ({
        names: featuresOf(article, i).filter((f) => !drop(f)),
        label: article.labels[i] ? 1 : 0,
        heldOut: a % 5 === 4,
      })),
    );
    const { vocab, examples } = encode(rows.filter((r) => !r.heldOut));
    const weights = adagradLogistic(examples, vocab.length, false);
    const weightOf = new Map(vocab.map((v, j) => [v, weights[j]!]));
    const scored = rows
      .filter((r) => r.heldOut)
      .map((r): [number, boolean] => [r.names.reduce((z, f) => z + (weightOf.get(f) ?? 0), 0), r.label === 1]);
    process.stderr.write(
      `held-out train fifth, ${name}: silver AUC ${auc(scored).toFixed(3)} (${scored.length} sentences)\n`,
    );
  }
}

/**
 * The scorer `npm run train:followups` fits on the train articles' weak labels, as the bytes it writes
 * (test/train/followup-scorer-current.test.ts compares them with the committed file's).
 */
export function fitFollowupScorer(
  articles = withEditorFlags(loadSplit('train'), editorSpans(LABELS_DIR)),
  log = false,
): { json: string; silver: Weights; counts: string } {
  const raw = articles.flatMap((article) =>
    article.sentences.map((_, i) => ({ names: featuresOf(article, i), label: article.labels[i] ? 1 : 0 })),
  );
  const { vocab, examples } = encode(raw);
  const weights = adagradLogistic(examples, vocab.length, log);
  const silver: Weights = Object.fromEntries(
    vocab.map((v, j) => [v, Math.round(weights[j]! * 1000) / 1000]).filter(([, w]) => w !== 0),
  );
  const model = {
    about:
      "Logistic regression over followupFeatures; trained by src/train/train-followups.ts on PolNeAR train attributions, the editors' flags where labels/ has them.",
    examples: examples.length,
    positives: examples.filter((e) => e.label).length,
    weights: silver,
  };
  const counts = `${model.examples} sentences, ${model.positives} positive, ${vocab.length} features`;
  return { json: `${JSON.stringify(model, null, 0)}\n`, silver, counts };
}

function train(): void {
  const articles = loadSplit('train');
  const { json, silver, counts } = fitFollowupScorer(withEditorFlags(articles, editorSpans(LABELS_DIR)), true);
  const measureOnly = process.argv.includes('--editor-labels');
  // `--editor-labels` is a measurement: it prints and leaves the committed scorer as it is.
  if (!measureOnly) writeFileSync(OUT, json);
  process.stderr.write(`${counts} -> ${measureOnly ? 'not written (--editor-labels measures only)' : OUT}\n`);
  // `-- --editor-labels`: the measurement of session 12, not shipped (docs/evaluation.md, "Learned from
  // editor-style labels on train"): the scorer refitted on the editor-style train labels in labels/, pulled
  // towards these silver weights, against the silver scorer on the train labels and both dev sets; and the
  // committed scorer beside the trainer's fit, which differ when an analysis change moved the features.
  if (measureOnly) {
    const trainEditors = loadTrainEditorArticles(join(EVAL_DIR, '..'));
    const editors = fitEditorScorer(silver, trainEditors);
    process.stderr.write(
      `refitted on ${editors.articles} editor-labelled train articles (${editors.passages} passages, ${editors.positives} of ${editors.sentences} sentences flagged; not written)\n`,
    );
    const devEditors = loadEditorArticles(join(EVAL_DIR, '..'));
    const committed = (JSON.parse(readFileSync(OUT, 'utf8')) as { weights: Weights }).weights;
    for (const [name, w] of [
      ['committed scorer (shipped)', committed],
      ['silver scorer as fitted now', silver],
      ['silver refitted on the train labels (not shipped)', editors.weights],
    ] as const) {
      process.stderr.write(`${name}, shipped bars:\n`);
      reportEditorSets(
        [
          ['  PolNeAR train labels', trainEditors],
          ['  PolNeAR dev', devEditors.filter((a) => a.corpus === 'polnear')],
          ['  BBC dev', devEditors.filter((a) => a.corpus === 'bbc')],
        ],
        w,
        (line) => process.stderr.write(line),
      );
    }
  }
  // The same weak labels on the dev split's annotation: how well the model generalises to unseen articles.
  for (const [split, data] of [
    ['train', articles],
    ['dev', loadSplit('dev')],
  ] as const) {
    const scored: Array<[number, boolean]> = [];
    for (const article of data) {
      article.sentences.forEach((_, i) => {
        let z = 0;
        for (const f of featuresOf(article, i)) z += silver[f] ?? 0;
        scored.push([z, article.labels[i]!]);
      });
    }
    const correct = scored.filter(([z, y]) => z > 0 === y).length;
    process.stderr.write(
      `${split}: weak-label accuracy ${(correct / scored.length).toFixed(3)}, AUC ${auc(scored).toFixed(3)} (${scored.length} sentences)\n`,
    );
  }
  heldOutSilver(articles);
  // The editors' labels, ranked by the model just fitted (the engine's scorer loaded the old file).
  const ranking = followupRanking(join(EVAL_DIR, '..'), (text, index, count, cues, passage) => {
    let z = 0;
    for (const f of followupFeatures(text, index, count, cues, passage)) z += silver[f] ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
  for (const [name, r] of [
    ['PolNeAR dev', ranking.polnear],
    ['BBC dev', ranking.bbc],
  ] as const) {
    process.stderr.write(
      `${name} editor labels (${r.flagged} of ${r.sentences} sentences flagged): AUC scorer ${r.scorer.toFixed(3)}, cue strength ${r.cue.toFixed(3)}, cue + scorer ${r.combined.toFixed(3)}\n`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) train();
