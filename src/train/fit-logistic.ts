/**
 * Binary logistic regression with an L2 penalty (the bias, feature 0, unpenalised), fitted by
 * Newton's method: few features, so each step solves the exact system. Deterministic: the same
 * rows in the same order give the same weights, bit for bit.
 */
export interface LogisticRow {
  features: readonly number[];
  label: boolean;
  /** How much this row counts (1 when absent). */
  weight?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = Math.abs(m[r]![r]!) < 1e-12 ? 0 : s / m[r]![r]!;
  }
  return x;
}

export function fitLogistic(rows: readonly LogisticRow[], l2: number, iterations = 25): number[] {
  const d = rows[0]?.features.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < iterations; iter++) {
    const grad = w.map((wi, i) => (i === 0 ? 0 : l2 * wi));
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? l2 : 0)));
    for (const { features: x, label, weight = 1 } of rows) {
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const p = sigmoid(z);
      const g = weight * (p - (label ? 1 : 0));
      const h = weight * p * (1 - p);
      for (let i = 0; i < d; i++) {
        if (x[i] === 0) continue;
        grad[i]! += g * x[i]!;
        const hx = h * x[i]!;
        for (let j = 0; j < d; j++) hess[i]![j]! += hx * x[j]!;
      }
    }
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}
