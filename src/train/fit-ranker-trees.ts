import type { BoostedTreesModel } from '../core/boosted-trees';
import type { SpeakerModel } from '../core/speaker-ranker';
import { type BoostingOptions, fitBoostedTrees } from './fit-boosted-trees';
import type { Example } from './speaker-examples';

const dot = (w: number[], f: readonly number[]): number => f.reduce((s, v, k) => s + v * (w[k] ?? 0), 0);

/**
 * Trees over the candidates' own features whose output adds to the linear ranker's score, fitted
 * by boosting on the same conditional-logit loss (any right candidate, else "none"): one row per
 * candidate, its gradient from the softmax over its quote's candidates and the linear "none" score
 * (the hessian the diagonal p(1 − p)). Deterministic as fitBoostedTrees is.
 */
export function fitRankerTrees(model: SpeakerModel, data: Example[], options: BoostingOptions): BoostedTreesModel {
  const rows: Array<{ x: number[]; y: 0 | 1; base: number }> = [];
  const groups: Array<{ start: number; end: number; none: number; anyRight: boolean }> = [];
  for (const ex of data) {
    if (ex.candidates.length === 0) continue;
    const start = rows.length;
    ex.candidates.forEach((f, i) => {
      rows.push({ x: f, y: ex.correct[i] ? 1 : 0, base: dot(model.weights, f) });
    });
    groups.push({ start, end: rows.length, none: dot(model.none, ex.none), anyRight: ex.correct.some(Boolean) });
  }
  return fitBoostedTrees(rows, options, (margin, g, h) => {
    for (const { start, end, none, anyRight } of groups) {
      let max = none;
      for (let i = start; i < end; i++) max = Math.max(max, margin[i]!);
      let total = Math.exp(none - max);
      for (let i = start; i < end; i++) total += Math.exp(margin[i]! - max);
      let mass = anyRight ? 0 : Math.exp(none - max) / total;
      for (let i = start; i < end; i++) if (rows[i]!.y) mass += Math.exp(margin[i]! - max) / total;
      for (let i = start; i < end; i++) {
        const p = Math.exp(margin[i]! - max) / total;
        // d(−log Σ_{T} p)/d score_i = p_i − [i ∈ T] p_i / mass
        g[i] = p - (rows[i]!.y ? p / Math.max(mass, 1e-12) : 0);
        h[i] = Math.max(p * (1 - p), 1e-12);
      }
    }
  });
}
