import { followupFeatures } from './followup-features';
import model from './models/followup-scorer.json' with { type: 'json' };
import type { Cue } from './question-cues';

const WEIGHTS: Record<string, number> = model.weights;

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
  let z = 0;
  for (const feature of followupFeatures(text, index, count, cues, passage)) z += WEIGHTS[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
