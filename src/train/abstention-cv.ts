import { chooseThreshold } from './answer-threshold';
import { calibrate, fitCalibration, type Prediction } from './fit-answer-model';

/**
 * Abstention judged with the classifier itself cross-validated: for each fold of each split, the
 * classifier and its threshold are fitted on the other folds' predictions of that split only, then
 * decide the fold's questions. The shipped figure fits both on all cross-validated predictions, which
 * flatters a classifier with many terms; this one does not. Returns the predictions with confidence 1
 * (answered) or 0 (abstained), so any threshold in (0, 1] reads them.
 */
export function abstainInsideFolds(predictions: Prediction[]): Prediction[] {
  const out: Prediction[] = [];
  const folds = [...new Set(predictions.map((p) => `${p.split}:${p.fold}`))];
  for (const key of folds) {
    const inFold = (p: Prediction): boolean => `${p.split}:${p.fold}` === key;
    const split = predictions.find(inFold)!.split;
    const training = predictions.filter((p) => p.split === split && !inFold(p));
    const calibration = fitCalibration(training);
    const threshold = chooseThreshold(calibrate(training, calibration));
    for (const p of calibrate(predictions.filter(inFold), calibration))
      out.push({ ...p, confidence: p.confidence >= threshold ? 1 : 0 });
  }
  return out;
}
