import { answerConfidence } from '../core/answer-model';
import { ANSWER_TYPE_GROUPS } from '../core/answer-type-group';
import { chooseThreshold } from './answer-threshold';
import { foldsByArticle } from './choose-on-dev';
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
 * `npm run train:answers -- --abstention-on-train`: a measurement, not the model. The shipped rankers are
 * fitted on the dev questions and never see the writers' 808 training questions, so the abstention
 * classifier can learn from five times as many questions as dev holds without the rankers being
 * in-sample: it is fitted on the shipped rankers' answers to the training questions, its threshold chosen
 * on dev's cross-validated answers, and judged on dev (which it never learned from) and on the training
 * questions out of fold. Printed beside the shipped classifier (fitted on dev) and how well each separates
 * answerable from unanswerable questions per question-type group (docs/evaluation.md, seventeenth round).
 */

type Report = (label: string, predictions: Prediction[], threshold: number) => void;

/** Rank AUC of the confidence: how often an answerable question scores above an unanswerable one (0.5: none). */
export function separation(predictions: Prediction[]): number {
  const pos = predictions.filter((p) => p.answerable).map((p) => p.confidence);
  const neg = predictions.filter((p) => !p.answerable).map((p) => p.confidence);
  if (pos.length === 0 || neg.length === 0) return 0.5;
  let above = 0;
  for (const a of pos) for (const b of neg) above += a > b ? 1 : a === b ? 0.5 : 0;
  return above / (pos.length * neg.length);
}

/**
 * The training questions decided out of fold: for each article fold, the classifier fitted on the other
 * folds' answers and its threshold chosen on dev's. In `answered`'s order: `raw` with each question's
 * out-of-fold probability (for separation), `decided` with confidence 1 answered or 0 abstained.
 */
export function trainOutOfFold(
  answered: Prediction[],
  fold: number[],
  devCv: Prediction[],
): { raw: Prediction[]; decided: Prediction[] } {
  const raw: Prediction[] = [...answered];
  const decided: Prediction[] = [...answered];
  for (const f of new Set(fold)) {
    const calibration = fitCalibration(answered.filter((_, i) => fold[i] !== f));
    const threshold = chooseThreshold(calibrate(devCv, calibration));
    answered.forEach((p, i) => {
      if (fold[i] !== f) return;
      const confidence = answerConfidence(p.signals, calibration);
      raw[i] = { ...p, confidence };
      decided[i] = { ...p, confidence: confidence >= threshold ? 1 : 0 };
    });
  }
  return { raw, decided };
}

/**
 * Dev decided inside its folds: each fold by a threshold chosen on the other folds of its split, and a
 * classifier fitted on them too unless `fitted` is given. `raw` keeps the probabilities, for separation.
 */
function devInsideFolds(devCv: Prediction[], fitted?: number[]): { raw: Prediction[]; decided: Prediction[] } {
  const raw: Prediction[] = [];
  const decided: Prediction[] = [];
  for (const key of new Set(devCv.map((p) => `${p.split}:${p.fold}`))) {
    const inFold = (p: Prediction): boolean => `${p.split}:${p.fold}` === key;
    const split = devCv.find(inFold)!.split;
    const others = devCv.filter((p) => p.split === split && !inFold(p));
    const calibration = fitted ?? fitCalibration(others);
    const threshold = chooseThreshold(calibrate(others, calibration));
    for (const p of calibrate(devCv.filter(inFold), calibration)) {
      raw.push(p);
      decided.push({ ...p, confidence: p.confidence >= threshold ? 1 : 0 });
    }
  }
  return { raw, decided };
}

export interface AbstentionOnTrainOptions {
  dev: TrainingQuestion[];
  train: TrainingQuestion[];
  folds: number;
  repeats: number;
  l2: number;
  report: Report;
}

export function abstentionOnTrain({ dev, train, folds, repeats, l2, report }: AbstentionOnTrainOptions): void {
  const devCv = Array.from({ length: repeats }, (_, seed) => crossValidate(dev, folds, seed, [], l2)).flat();
  const weights = fitWeights(dev, undefined, l2);
  const abstention = fitWeights(dev, SOFT_COLUMNS, l2);
  const answered = train.map((q) => predict(weights, q, abstention));
  const shipped = fitCalibration(devCv);
  const shippedThreshold = chooseThreshold(calibrate(devCv, shipped));
  report(
    `classifier on dev (as shipped), threshold ${shippedThreshold}`,
    calibrate([...devCv, ...answered], shipped),
    shippedThreshold,
  );
  const devOwn = devInsideFolds(devCv);
  report('classifier on dev, decided inside the dev folds', devOwn.decided, 0.5);
  const onTrain = fitCalibration(answered);
  const threshold = chooseThreshold(calibrate(devCv, onTrain));
  report(
    `classifier on the training questions, threshold ${threshold} chosen on dev`,
    calibrate(devCv, onTrain),
    threshold,
  );
  report(
    'classifier on the training questions, threshold chosen inside the dev folds',
    devInsideFolds(devCv, onTrain).decided,
    0.5,
  );
  const { raw, decided } = trainOutOfFold(answered, foldsByArticle(train, folds), devCv);
  report('training questions out of fold, threshold chosen on dev', decided, 0.5);
  const byGroup = (ps: Prediction[]): string =>
    ANSWER_TYPE_GROUPS.map((g) => `${g} ${separation(ps.filter((_, i) => train[i]!.group === g)).toFixed(3)}`).join(
      ', ',
    );
  // How well the signals tell answerable from unanswerable within each group, where the group's own
  // share of unanswerable questions (which the classifier's group offsets learn) cannot help.
  const shippedOnTrain = calibrate(answered, shipped);
  console.log(
    `separation (AUC), dev's classifier on the training questions: all ${separation(shippedOnTrain).toFixed(3)}; ${byGroup(shippedOnTrain)}`,
  );
  console.log(
    `separation (AUC), out of fold on the training questions: all ${separation(raw).toFixed(3)}; ${byGroup(raw)}`,
  );
  console.log(
    `separation (AUC) on dev, its classifier inside the dev folds against the training questions': ${separation(devOwn.raw).toFixed(3)} / ${separation(calibrate(devCv, onTrain)).toFixed(3)}`,
  );
}
