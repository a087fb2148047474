import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../core/analysis-types';
import { analyzeArticle } from '../core/analyze-article';
import { chooseThreshold } from './answer-threshold';
import {
  calibrate,
  crossValidate,
  fitCalibration,
  fitWeights,
  type Prediction,
  predict,
  type TrainingQuestion,
} from './fit-answer-model';
import { silverQuestions } from './silver-questions';
import { trainingQuestion } from './training-question';
import { readAttributions } from './weak-labels';

/** The article without the sentences that overlap the spans: the asked fact is gone, its premise stays. */
function without(analysis: Analysis, spans: Array<[number, number]>): Analysis {
  const gone = new Set(
    analysis.sentences.filter((s) => spans.some(([a, b]) => s.start < b && s.end > a)).map((s) => s.id),
  );
  return {
    ...analysis,
    sentences: analysis.sentences.filter((s) => !gone.has(s.id)),
    quotes: analysis.quotes.filter((q) => !gone.has(q.sentenceId)),
    statements: analysis.statements.filter((s) => !gone.has(s.sentenceId)),
  };
}

/** Silver training questions over PolNeAR train (see silver-questions.ts), in sorted article order. */
export function loadSilver(polnearDir: string, drop = 0, limit = Number.POSITIVE_INFINITY): TrainingQuestion[] {
  const names = readdirSync(join(polnearDir, 'attributions', 'train'))
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .slice(0, limit);
  const out: TrainingQuestion[] = [];
  for (const file of names) {
    const name = file.slice(0, -4);
    const text = readFileSync(join(polnearDir, 'article', 'train', `${name}.txt`), 'utf8');
    const attributions = readAttributions(readFileSync(join(polnearDir, 'attributions', 'train', file), 'utf8'), text);
    const questions = silverQuestions(attributions, text.indexOf('\n') + 1, drop);
    if (questions.length === 0) continue;
    const analysis = analyzeArticle(text);
    for (const q of questions) {
      const asked = q.unanswerable ? without(analysis, q.spans) : analysis;
      const question = trainingQuestion({
        article: `silver:${name}`,
        set: 'silver',
        answerable: !q.unanswerable,
        question: q.question,
        analysis: asked,
        answers: (sentence) => !q.unanswerable && q.spans.some(([a, b]) => sentence.start < b && sentence.end > a),
      });
      // A long quote spread over many sentences is not one sentence's answer.
      if (!q.unanswerable && (question.positives.size === 0 || question.positives.size > 2)) continue;
      out.push(question);
    }
  }
  return out;
}

interface ExperimentOptions {
  /** The real (dev) questions, scored as in the default training run. */
  questions: TrainingQuestion[];
  /** Silver questions with this share of each phrase's plain words left out. */
  silver: (drop: number) => TrainingQuestion[];
  report: (label: string, predictions: Prediction[], threshold: number) => void;
  folds: number;
  repeats: number;
}

/** How much silver questions count beside a real one when both are in the fit. */
const MIXED_WEIGHT = 0.1;

/**
 * Silver questions tried two ways: alone (the ranker fitted on silver only, so its dev ranking is on
 * questions it never saw), and mixed
 * into every fold of the usual cross-validation at MIXED_WEIGHT. Word for word and loosened.
 */
export function silverExperiment(options: ExperimentOptions): void {
  const { questions, report } = options;
  for (const drop of [0, 0.5]) {
    const silver = options.silver(drop);
    console.log(
      `silver (drop ${drop}): ${silver.length} questions, ${silver.filter((q) => !q.answerable).length} unanswerable`,
    );
    const weights = fitWeights(silver);
    // Ranking alone needs no calibration (an empty one answers everything that shares a word).
    report(
      '  silver-fitted model on its own questions (ranking only)',
      calibrate(
        silver.map((q) => predict(weights, q)),
        [],
      ),
      0,
    );
    const dev = questions.map((q) => predict(weights, q));
    report('  silver only, dev (ranking only)', calibrate(dev, []), 0);
    // Calibrated on the dev predictions themselves (Platt scaling on silver scores diverges: the
    // silver ranker separates its own questions almost perfectly), so this abstention is optimistic.
    const calibrated = calibrate(dev, fitCalibration(dev));
    const threshold = chooseThreshold(calibrated);
    report(`  silver only, dev (calibrated and threshold ${threshold} chosen on dev)`, calibrated, threshold);
    const mixed = silver.map((q) => ({ ...q, weight: MIXED_WEIGHT }));
    const raw = Array.from({ length: options.repeats }, (_, seed) =>
      crossValidate(questions, options.folds, seed, mixed),
    ).flat();
    const cv = calibrate(raw, fitCalibration(raw));
    report(`  silver mixed in at ${MIXED_WEIGHT}, cross-validated (ranking only)`, cv, 0);
    const t = chooseThreshold(cv);
    report(`  silver mixed in at ${MIXED_WEIGHT}, cross-validated (threshold ${t})`, cv, t);
  }
}
