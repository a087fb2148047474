import type { Thresholds } from './speaker-tally';

/** Threshold steps: 1/GRID apart. */
export const GRID = 80;

/** Every pair of thresholds on the grid, agree-major. */
export function* thresholdGrid(): Generator<Thresholds> {
  for (let a = 0; a < GRID; a++) for (let o = 0; o < GRID; o++) yield { agree: a / GRID, override: o / GRID };
}

/**
 * A grid value averaged over the pair's neighbourhood (±1 step each way, clipped at the edges), so no
 * single quote at one threshold picks the pair.
 */
export function smoothed(value: Float64Array, a: number, o: number): number {
  let sum = 0;
  let n = 0;
  for (let da = -1; da <= 1; da++) {
    for (let dO = -1; dO <= 1; dO++) {
      const [x, y] = [a + da, o + dO];
      if (x < 0 || y < 0 || x >= GRID || y >= GRID) continue;
      sum += value[x * GRID + y]!;
      n++;
    }
  }
  return sum / n;
}

/** The pair chosen; none passing the checks is an error, never thresholds of 0 that name every quote. */
export function foundPair(best: Thresholds & { value: number }): Thresholds {
  if (best.value === -Infinity) {
    throw new NoThresholdPair();
  }
  return { agree: best.agree, override: best.override };
}

/** No pair on the grid passes a rule's checks (the honest folds can leave one fold without any). */
export class NoThresholdPair extends Error {
  constructor() {
    super('no threshold pair keeps train precision, BBC dev accuracy and the dev precision targets');
  }
}

/**
 * A choice that may find no pair (the honest folds can leave none passing a rule's checks): null
 * then, so the trainer prints "none" for that line and still writes the frontier and the model.
 */
export function pairOrNone(choose: () => Thresholds): Thresholds | null {
  try {
    return choose();
  } catch (e) {
    if (e instanceof NoThresholdPair) return null;
    throw e;
  }
}
