import { FEATURE_NAMES } from '../core/answer-feature-names';
import { ANSWER_TYPE_GROUPS, type AnswerTypeGroup } from '../core/answer-type-group';

/**
 * A ranker's weights as the trainer holds them: one per feature, then, when the fit has question-type
 * group × feature interactions, what each group (ANSWER_TYPE_GROUPS order) adds to them. Held flat so
 * the optimiser treats every weight alike; answer-model.json keeps the two parts apart.
 */
const WIDTH = FEATURE_NAMES.length;

/** Where `group`'s additions start in the flat weights. */
export function groupOffset(group: AnswerTypeGroup): number {
  return WIDTH * (1 + ANSWER_TYPE_GROUPS.indexOf(group));
}

/** How wide the flat weights are with or without interactions. */
export function weightsWidth(interactions: boolean): number {
  return interactions ? WIDTH * (1 + ANSWER_TYPE_GROUPS.length) : WIDTH;
}

/** The weights a question of `group` is scored with: the shared ones plus its group's additions. */
export function groupedWeights(weights: number[], group: AnswerTypeGroup): number[] {
  if (weights.length === WIDTH) return weights;
  const offset = groupOffset(group);
  return weights.slice(0, WIDTH).map((w, k) => w + weights[offset + k]!);
}

/** The flat weights as the model file holds them: shared weights, and the groups' additions when there are any. */
export function splitGroupWeights(weights: number[]): { shared: number[]; byGroup?: number[][] } {
  const shared = weights.slice(0, WIDTH);
  if (weights.length === WIDTH) return { shared };
  return { shared, byGroup: ANSWER_TYPE_GROUPS.map((g) => weights.slice(groupOffset(g), groupOffset(g) + WIDTH)) };
}
