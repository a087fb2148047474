/**
 * A small ensemble of regression trees fitted by gradient boosting on log-loss (trained by
 * src/train/fit-boosted-trees.ts): its output is a log-odds that adds to a linear model's, so the
 * trees read what a sum of weights cannot (a route's meaning changing with the margin or with how
 * many candidates there were).
 */
export interface BoostedTree {
  /** Per node: the feature it splits on, or -1 at a leaf ... */
  feature: number[];
  /** ... the split (a row goes left when its value is below it) ... */
  split: number[];
  /** ... the children's node indices (0 at a leaf) ... */
  left: number[];
  right: number[];
  /** ... and a leaf's log-odds (shrinkage already applied; 0 at an inner node). */
  value: number[];
}

export interface BoostedTreesModel {
  trees: BoostedTree[];
}

/** The ensemble's log-odds for one row: the sum of the leaf each tree sends it to. */
export function boostedTrees(model: BoostedTreesModel, x: readonly number[]): number {
  let sum = 0;
  for (const tree of model.trees) {
    let node = 0;
    while (tree.feature[node]! >= 0) {
      node = (x[tree.feature[node]!] ?? 0) < tree.split[node]! ? tree.left[node]! : tree.right[node]!;
    }
    sum += tree.value[node]!;
  }
  return sum;
}
