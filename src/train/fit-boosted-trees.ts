import type { BoostedTree, BoostedTreesModel } from '../core/boosted-trees';

export interface BoostingOptions {
  rounds: number;
  /** Levels of splits per tree (2 or 3: interactions of as many features). */
  depth: number;
  /** Each tree's leaves are scaled by this. */
  shrinkage: number;
  /** Rows each side of a split must keep. */
  minLeaf: number;
  /** L2 penalty on a leaf's value (Newton step -G / (H + lambda)). */
  lambda: number;
}

export interface BoostingRow {
  x: readonly number[];
  y: 0 | 1;
  /** The log-odds the trees start from (a linear model's, when they stack on it); 0 when absent. */
  base?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Fills each row's gradient and hessian of the loss at the current log-odds: the rows' log-loss by
 * default; a ranker's softmax over its candidates' rows when they compete (fit-ranker-trees.ts).
 */
export type Gradient = (margin: Float64Array, g: Float64Array, h: Float64Array) => void;

const logLoss =
  (rows: readonly BoostingRow[]): Gradient =>
  (margin, g, h) => {
    for (let i = 0; i < rows.length; i++) {
      const p = sigmoid(margin[i]!);
      g[i] = p - rows[i]!.y;
      h[i] = Math.max(p * (1 - p), 1e-12);
    }
  };

interface Best {
  gain: number;
  feature: number;
  split: number;
}

/**
 * Trees grown level by level, each split the exact best on the Newton gain of the log-loss (features
 * scanned in sorted order once per level). Deterministic: no sampling, ties go to the lower feature
 * and the lower split, so the same rows in the same order give the same trees, bit for bit.
 */
export function fitBoostedTrees(
  rows: readonly BoostingRow[],
  options: BoostingOptions,
  gradient: Gradient = logLoss(rows),
): BoostedTreesModel {
  const n = rows.length;
  const d = rows[0]?.x.length ?? 0;
  const order = Array.from({ length: d }, (_, f) =>
    Int32Array.from(Array.from({ length: n }, (_, i) => i).sort((a, b) => rows[a]!.x[f]! - rows[b]!.x[f]! || a - b)),
  );
  const margin = Float64Array.from(rows, (r) => r.base ?? 0);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: BoostedTree[] = [];
  for (let round = 0; round < options.rounds; round++) {
    gradient(margin, g, h);
    const tree = growTree(rows, order, g, h, options);
    trees.push(tree.tree);
    for (let i = 0; i < n; i++) margin[i]! += tree.tree.value[tree.leafOf[i]!]!;
  }
  return { trees };
}

function growTree(
  rows: readonly BoostingRow[],
  order: Int32Array[],
  g: Float64Array,
  h: Float64Array,
  options: BoostingOptions,
): { tree: BoostedTree; leafOf: Int32Array } {
  const n = rows.length;
  const tree: BoostedTree = { feature: [-1], split: [0], left: [0], right: [0], value: [0] };
  const leafOf = new Int32Array(n);
  const score = (G: number, H: number): number => (G * G) / (H + options.lambda);
  // A node's place among the open ones (-1: not open), by node index.
  const slotOf = new Int32Array(2 ** (options.depth + 1)).fill(-1);
  const slot = { get: (node: number): number | undefined => (slotOf[node]! < 0 ? undefined : slotOf[node]) };
  let open = [0];
  for (let level = 0; level < options.depth && open.length > 0; level++) {
    slotOf.fill(-1);
    open.forEach((node, k) => {
      slotOf[node] = k;
    });
    const total = open.map(() => ({ G: 0, H: 0, count: 0 }));
    for (let i = 0; i < n; i++) {
      const k = slot.get(leafOf[i]!);
      if (k === undefined) continue;
      total[k]!.G += g[i]!;
      total[k]!.H += h[i]!;
      total[k]!.count++;
    }
    const best: Best[] = open.map(() => ({ gain: 1e-9, feature: -1, split: 0 }));
    for (let f = 0; f < order.length; f++) {
      const acc = open.map(() => ({ G: 0, H: 0, count: 0, last: Number.NEGATIVE_INFINITY }));
      for (const i of order[f]!) {
        const k = slot.get(leafOf[i]!);
        if (k === undefined) continue;
        const a = acc[k]!;
        const v = rows[i]!.x[f]!;
        const t = total[k]!;
        if (a.count >= options.minLeaf && t.count - a.count >= options.minLeaf && v > a.last) {
          const gain = score(a.G, a.H) + score(t.G - a.G, t.H - a.H) - score(t.G, t.H);
          if (gain > best[k]!.gain) {
            // The midpoint, unless rounding puts it on the lower value (then the upper one splits).
            const mid = (a.last + v) / 2;
            best[k] = { gain, feature: f, split: mid > a.last ? mid : v };
          }
        }
        a.G += g[i]!;
        a.H += h[i]!;
        a.count++;
        a.last = v;
      }
    }
    const next: number[] = [];
    open.forEach((node, k) => {
      const b = best[k]!;
      if (b.feature < 0) return;
      tree.feature[node] = b.feature;
      tree.split[node] = b.split;
      for (const side of ['left', 'right'] as const) {
        tree[side][node] = tree.feature.length;
        next.push(tree.feature.length);
        tree.feature.push(-1);
        tree.split.push(0);
        tree.left.push(0);
        tree.right.push(0);
        tree.value.push(0);
      }
    });
    for (let i = 0; i < n; i++) {
      const node = leafOf[i]!;
      if (slotOf[node]! < 0 || tree.feature[node]! < 0) continue;
      leafOf[i] = rows[i]!.x[tree.feature[node]!]! < tree.split[node]! ? tree.left[node]! : tree.right[node]!;
    }
    open = next;
  }
  // Leaves: the Newton step on their rows, shrunk.
  const G = new Float64Array(tree.feature.length);
  const H = new Float64Array(tree.feature.length);
  for (let i = 0; i < n; i++) {
    G[leafOf[i]!]! += g[i]!;
    H[leafOf[i]!]! += h[i]!;
  }
  tree.feature.forEach((f, node) => {
    if (f < 0) tree.value[node] = (-options.shrinkage * G[node]!) / (H[node]! + options.lambda);
  });
  return { tree, leafOf };
}
