import { FEATURE_NAMES } from './answer-feature-names';
import data from './answer-model.json' with { type: 'json' };
import { ANSWER_TYPE_GROUPS, type AnswerTypeGroup } from './answer-type-group';

/** The answer ranker's weights and abstention threshold, fitted by `npm run train:answers`. */
export interface AnswerModel {
  features: string[];
  weights: number[];
  /** The ranker refitted without the word-vector features (SOFT_FEATURES): what abstention reads. */
  abstentionWeights: number[];
  /** Platt scaling of answerSignals, fitted on cross-validated predictions. */
  calibration: number[];
  /** Below this probability that the best sentence answers, the reply is "the article doesn't say". */
  threshold: number;
}

const model = data as AnswerModel;
// Checked on first use, not at import: `npm run train:answers` imports this file to refit a model
// whose features have just changed.
let checked = false;

/**
 * The ranker's score for one sentence (a logit); `forAbstention`: the score of the ranker without the
 * word-vector features, which the abstention calibration was fitted on.
 */
export function answerScore(values: number[], forAbstention = false): number {
  if (!checked) {
    if (model.features.join() !== FEATURE_NAMES.join())
      throw new Error('answer-model.json does not match the answer features: run npm run train:answers');
    checked = true;
  }
  const weights = forAbstention ? model.abstentionWeights : model.weights;
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k]! * weights[k]!;
  return sum;
}

const feature = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);
const COVERAGE = feature('coverage');
const FOCUS = feature('focus');
const UNTYPED = feature('untyped');
const SHAPE = feature('shape');
const FRESH = feature('fresh');
const EXACT = feature('exact');
const TYPED_COVER = feature('typedCover');
const HEAD = feature('head');
const GAP = feature('gap');
const TIME_CLASH = feature('timeClash');
const RELATION = feature('relation');
/** The groups with their own abstention terms; the last, open "what", is what the others differ from. */
const GROUPED = ANSWER_TYPE_GROUPS.slice(0, -1);

/**
 * What says the article answers at all: the best score, its lead over the runner-up (capped), the
 * best sentence's coverage, its share of the question's focus, whether it lacks the wanted type,
 * the share of the question the article never mentions, and its coverage when it does carry the
 * wanted type (a sentence that names the entities but holds no date for "when" is not an answer),
 * and whether it is pinned to another time than the question ("last month" for "in 2012").
 * Then, per question-type group (open "what" is the reference), an offset and how much the best
 * score and coverage count there: how sure the ranker must be differs by what is asked, and one
 * calibration for every type cannot say so.
 */
export function answerSignals(
  best: number,
  lead: number,
  values: number[],
  missing: number,
  group: AnswerTypeGroup,
): number[] {
  const coverage = values[COVERAGE] ?? 0;
  const byGroup = GROUPED.flatMap((g) => (g === group ? [1, best, coverage] : [0, 0, 0]));
  return [
    1,
    best,
    Math.min(lead, 5),
    coverage,
    values[EXACT] ?? 0,
    values[FOCUS] ?? 0,
    values[UNTYPED] ?? 0,
    (values[SHAPE] ?? 0) + (values[FRESH] ?? 0),
    missing,
    values[TYPED_COVER] ?? 0,
    values[HEAD] ?? 0,
    values[GAP] ?? 0,
    values[TIME_CLASH] ?? 0,
    values[RELATION] ?? 0,
    ...byGroup,
  ];
}

/** How likely the article answers the question at all (calibrated on cross-validated predictions). */
export function answerConfidence(signals: number[], calibration = model.calibration): number {
  // A sentence sharing next to nothing with the question is never cited, however the linear
  // calibration extrapolates ("who designed the new logo?" on copy that never mentions a logo).
  if (signals[GROUNDING]! < MIN_COVERAGE) return 0;
  if (calibration.length !== signals.length)
    throw new Error('answer-model.json does not match the abstention signals: run npm run train:answers');
  let sum = 0;
  for (let k = 0; k < signals.length; k++) sum += signals[k]! * (calibration[k] ?? 0);
  return 1 / (1 + Math.exp(-sum));
}

/** Where answerSignals puts the best sentence's coverage, and the least an answer must have. */
const GROUNDING = 3;
const MIN_COVERAGE = 0.05;

export const ANSWER_THRESHOLD = model.threshold;
