import { FEATURE_NAMES } from './answer-features';
import data from './answer-model.json' with { type: 'json' };

/** The answer ranker's weights and abstention threshold, fitted by `npm run train:answers`. */
export interface AnswerModel {
  features: string[];
  weights: number[];
  /** Platt scaling of answerSignals, fitted on cross-validated predictions. */
  calibration: number[];
  /** Below this probability that the best sentence answers, the reply is "the article doesn't say". */
  threshold: number;
}

const model = data as AnswerModel;
if (model.features.join() !== FEATURE_NAMES.join()) {
  throw new Error('answer-model.json does not match the answer features: run npm run train:answers');
}

/** The ranker's score for one sentence (a logit). */
export function answerScore(values: number[]): number {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k]! * model.weights[k]!;
  return sum;
}

const feature = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);
const COVERAGE = feature('coverage');
const FOCUS = feature('focus');
const UNTYPED = feature('untyped');
const SHAPE = feature('shape');
const FRESH = feature('fresh');
const EXACT = feature('exact');

/**
 * What says the article answers at all: the best score, its lead over the runner-up (capped), the
 * best sentence's coverage, its share of the question's focus, whether it lacks the wanted type,
 * and the share of the question the article never mentions.
 */
export function answerSignals(best: number, lead: number, values: number[], missing: number): number[] {
  return [
    1,
    best,
    Math.min(lead, 5),
    values[COVERAGE] ?? 0,
    values[EXACT] ?? 0,
    values[FOCUS] ?? 0,
    values[UNTYPED] ?? 0,
    (values[SHAPE] ?? 0) + (values[FRESH] ?? 0),
    missing,
  ];
}

/** How likely the article answers the question at all (calibrated on cross-validated predictions). */
export function answerConfidence(signals: number[]): number {
  let sum = 0;
  for (let k = 0; k < signals.length; k++) sum += signals[k]! * (model.calibration[k] ?? 0);
  return 1 / (1 + Math.exp(-sum));
}

export const ANSWER_THRESHOLD = model.threshold;
