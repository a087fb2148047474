import { chooseThreshold, sumOverSets, thresholdValue } from './answer-threshold';
import {
  calibrate,
  crossValidate,
  fitCalibration,
  fitWeights,
  type Prediction,
  predict,
  SOFT_COLUMNS,
  type TrainingQuestion,
} from './fit-answer-model';

/**
 * With training questions (PolNeAR train, written by our writers), the model is fitted on them and
 * chosen on the dev questions (BBC dev, PolNeAR dev), which it never learns from in that regime.
 */

/** A model fitted on the training questions only, and its calibrated predictions on dev. */
export interface TrainOnly {
  l2: number;
  weights: number[];
  abstention: number[];
  calibration: number[];
  /** The training questions' out-of-fold predictions: what the abstention classifier is fitted on. */
  trainCv: Prediction[];
  /** Dev predictions, `fold` set to the dev article's fold (seed 0, as crossValidate splits). */
  dev: Prediction[];
}

/** Each question's fold when its articles are split in turn, sorted (crossValidate's seed 0). */
export function foldsByArticle(questions: TrainingQuestion[], folds: number): number[] {
  const articles = [...new Set(questions.map((q) => q.article))].sort();
  const foldOf = new Map(articles.map((a, i) => [a, i % folds]));
  return questions.map((q) => foldOf.get(q.article)!);
}

/**
 * The ranker and abstention ranker fitted on `train` at ridge `l2`; the abstention classifier on
 * train's own cross-validated predictions (never on dev); dev predicted by them.
 */
export function fitOnTrain(
  train: TrainingQuestion[],
  dev: TrainingQuestion[],
  l2: number,
  folds: number,
  repeats: number,
): TrainOnly {
  const trainCv = Array.from({ length: repeats }, (_, seed) => crossValidate(train, folds, seed, [], l2)).flat();
  const calibration = fitCalibration(trainCv);
  const weights = fitWeights(train, undefined, l2);
  const abstention = fitWeights(train, SOFT_COLUMNS, l2);
  const fold = foldsByArticle(dev, folds);
  const predictions = calibrate(
    dev.map((q, i) => ({ ...predict(weights, q, abstention), fold: fold[i]! })),
    calibration,
  );
  return { l2, weights, abstention, calibration, trainCv, dev: predictions };
}

/** The dev value (thresholdValue) of a train-only fit at the threshold dev chooses for it. */
export function devValue(fit: TrainOnly): { threshold: number; value: number } {
  const threshold = chooseThreshold(fit.dev);
  return { threshold, value: thresholdValue(fit.dev, threshold) };
}

/**
 * Dev predictions decided inside dev folds: for each fold, the threshold is chosen on the other dev
 * folds only (and, when `refit`, the abstention classifier fitted on `base` plus those folds), so no
 * dev question decides its own answer. Confidence 1 answered, 0 abstained (read at any threshold).
 */
export function decideInsideDevFolds(
  predictions: Prediction[],
  calibration: number[],
  base: Prediction[] = [],
  refit = false,
): Prediction[] {
  const out: Prediction[] = [];
  for (const f of [...new Set(predictions.map((p) => p.fold))].sort()) {
    const others = predictions.filter((p) => p.fold !== f);
    const c = refit ? fitCalibration([...base, ...others]) : calibration;
    const threshold = chooseThreshold(calibrate(others, c));
    for (const p of calibrate(
      predictions.filter((q) => q.fold === f),
      c,
    ))
      out.push({ ...p, confidence: p.confidence >= threshold ? 1 : 0 });
  }
  return out;
}

/**
 * The train + dev regime measured on dev: each dev fold predicted by a model fitted on the training
 * questions and the other dev folds, its abstention classifier fitted on train's out-of-fold
 * predictions and the other dev folds', its threshold chosen on the other dev folds.
 */
export function trainPlusDevOnDevFolds(
  train: TrainingQuestion[],
  dev: TrainingQuestion[],
  l2: number,
  folds: number,
  trainCv: Prediction[],
): Prediction[] {
  const raw = crossValidate(dev, folds, 0, train, l2);
  return decideInsideDevFolds(raw, [], trainCv, true);
}

/** Bar on false "doesn't say", as chooseThreshold's. */
const BAR = 0.1;

/**
 * How a regime does on dev, decided inside the dev folds: top-1 plus abstention summed over the dev
 * sets, less twice any false "doesn't say" over its bar (inside the folds no threshold can promise it).
 */
function regimeValue(predictions: Prediction[]): number {
  return sumOverSets(predictions, 0.5, (f) => f.top1 + f.abstention - 2 * Math.max(0, f.falseAbstention - BAR));
}

/** Ranking alone (never abstaining): top-1 summed over the dev sets. */
function rankingValue(predictions: Prediction[]): number {
  return sumOverSets(predictions, Number.NEGATIVE_INFINITY, (f) => f.top1);
}

/**
 * Whether regime `a` beats `b` on the dev folds: by regimeValue, and on a tie (a question or two is
 * all the dev folds can tell apart) by ranking alone, which abstention's noise does not blur.
 */
export function regimeBetter(a: Prediction[], b: Prediction[]): boolean {
  const diff = regimeValue(a) - regimeValue(b);
  if (Math.abs(diff) > 1e-9) return diff > 0;
  return rankingValue(a) > rankingValue(b) + 1e-9;
}
