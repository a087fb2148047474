import { followupFeatures } from './followup-features';
import model from './models/followup-scorer.json' with { type: 'json' };
import type { Cue } from './question-cues';

const WEIGHTS: Readonly<Record<string, number>> = model.weights;

/** The logistic probability of a feature list under `weights` (the shipped model's by default). */
export function scoreFeatures(
  features: readonly string[],
  weights: Readonly<Record<string, number>> = WEIGHTS,
): number {
  let z = 0;
  for (const feature of features) z += weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * How likely the sentence carries a claim a reporter would have to chase (0..1): the learned
 * logistic model of src/train/train-followups.ts over followupFeatures. `cues`, when the caller
 * has them, are the sentence's findCues (before any added from its quotes), to save a second scan;
 * `passage` are its passageFeatures.
 */
export function scoreFollowup(
  text: string,
  index: number,
  count: number,
  cues?: Cue[],
  passage?: readonly string[],
): number {
  return scoreFeatures(followupFeatures(text, index, count, cues, passage));
}
