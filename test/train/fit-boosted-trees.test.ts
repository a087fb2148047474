import { describe, expect, it } from 'vitest';
import { boostedTrees } from '../../src/core/boosted-trees';
import { type BoostingRow, fitBoostedTrees } from '../../src/train/fit-boosted-trees';
import { fitLogistic } from '../../src/train/fit-logistic';

/** An exclusive-or of two features (plus a feature of noise): no sum of weights separates it. */
function xorRows(): BoostingRow[] {
  const rows: BoostingRow[] = [];
  for (let i = 0; i < 400; i++) {
    const a = i % 2;
    const b = Math.floor(i / 2) % 2;
    const noise = ((i * 37) % 101) / 101;
    // One row in ten against the pattern, so no leaf is pure.
    const y = (a ^ b) === 1 ? (i % 10 === 0 ? 0 : 1) : i % 10 === 1 ? 1 : 0;
    rows.push({ x: [1, a, b, noise], y: y as 0 | 1 });
  }
  return rows;
}

const logLoss = (rows: BoostingRow[], margin: (x: readonly number[]) => number): number =>
  rows.reduce((s, r) => {
    const p = 1 / (1 + Math.exp(-margin(r.x)));
    return s - Math.log(r.y ? p : 1 - p);
  }, 0) / rows.length;

const options = { rounds: 40, depth: 2, shrinkage: 0.3, minLeaf: 5, lambda: 1 };

describe('fitBoostedTrees', () => {
  it('fits an interaction a linear model cannot', () => {
    const rows = xorRows();
    const w = fitLogistic(
      rows.map((r) => ({ features: r.x, label: r.y === 1 })),
      1e-3,
    );
    const linear = logLoss(rows, (x) => x.reduce((s, v, k) => s + v * w[k]!, 0));
    const model = fitBoostedTrees(rows, options);
    const trees = logLoss(rows, (x) => boostedTrees(model, x));
    expect(linear).toBeGreaterThan(0.65);
    expect(trees).toBeLessThan(0.4);
  });

  it('starts from the base log-odds it is given', () => {
    const rows = xorRows().map((r) => ({ ...r, base: r.y ? 1 : -1 }));
    const model = fitBoostedTrees(rows, { ...options, rounds: 5 });
    const from = logLoss(rows, () => 0);
    expect(logLoss(rows, (x) => (rows.find((r) => r.x === x)?.base ?? 0) + boostedTrees(model, x))).toBeLessThan(from);
  });

  it('is deterministic: the same rows give the same trees, bit for bit', () => {
    expect(JSON.stringify(fitBoostedTrees(xorRows(), options))).toBe(
      JSON.stringify(fitBoostedTrees(xorRows(), options)),
    );
  });

  it('keeps every leaf at least minLeaf rows', () => {
    const rows = xorRows().slice(0, 12);
    const model = fitBoostedTrees(rows, { ...options, minLeaf: 6 });
    // Twelve rows, six a side at most one split deep.
    for (const tree of model.trees) expect(tree.feature.filter((f) => f >= 0).length).toBeLessThanOrEqual(1);
  });
});
