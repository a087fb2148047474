import { createHash } from 'node:crypto';

/** The answer model's two weight lists as one sha256 (answer-model-fit.json records it; the threshold is CV's). */
export function answerModelSha(model: { weights: number[]; abstentionWeights: number[] }): string {
  return createHash('sha256')
    .update(JSON.stringify([model.weights, model.abstentionWeights]))
    .digest('hex');
}
