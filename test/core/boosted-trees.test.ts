import { describe, expect, it } from 'vitest';
import { type BoostedTreesModel, boostedTrees } from '../../src/core/boosted-trees';

/** Two hand-built trees: a stump on feature 0, and a depth-2 tree on feature 1 then feature 2. */
const model: BoostedTreesModel = {
  trees: [
    { feature: [0, -1, -1], split: [0.5, 0, 0], left: [1, 0, 0], right: [2, 0, 0], value: [0, -1, 2] },
    {
      feature: [1, 2, -1, -1, -1],
      split: [3, 0.5, 0, 0, 0],
      left: [1, 3, 0, 0, 0],
      right: [4, 2, 0, 0, 0],
      value: [0, 0, 0.25, -0.5, 0.75],
    },
  ],
};

describe('boosted trees', () => {
  it('sums the leaf each tree sends a row to', () => {
    // x0 < 0.5 → -1; x1 < 3 and x2 < 0.5 → -0.5.
    expect(boostedTrees(model, [0, 1, 0])).toBe(-1.5);
    // x0 ≥ 0.5 → 2; x1 < 3 and x2 ≥ 0.5 → 0.25.
    expect(boostedTrees(model, [1, 2, 1])).toBe(2.25);
    // x1 ≥ 3 → 0.75 whatever x2; a value equal to the split goes right.
    expect(boostedTrees(model, [0.5, 3, 0])).toBe(2.75);
  });

  it('adds nothing without trees', () => {
    expect(boostedTrees({ trees: [] }, [1, 2, 3])).toBe(0);
  });
});
