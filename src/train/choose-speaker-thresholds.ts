import { type Decision, judgedStrictly, precisionOf, type Tally, type Thresholds, tallyAt } from './speaker-tally';
import { foundPair, GRID, smoothed, thresholdGrid } from './threshold-grid';

/** A wrong name costs this many missing ones when the threshold is chosen. */
export const WRONG_COST = 3;
/** Speaker precision each dev set must keep: the targets on US copy and on BBC. */
export const PRECISION_FLOORS = [0.97, 0.98];
/** Figures measured before this model (README): the thresholds must not give them up. */
const KEEP = { bbcAccuracy: 0.955, trainPrecision: 0.968 };
/** What missing a precision target costs in the threshold choice: more than any count can gain. */
const UNMET = 1e6;

/**
 * Which names given to a quote whose gold source is unnamed count as wrong in the threshold choice:
 * all but the description itself (`unnamed`, the eighth round's), or only those given to an
 * anonymous, plural or missing source (`anonymous`: a description of one person, a document or an
 * outlet goes unscored, as score.py leaves it, since the name there is mostly the person described).
 */
export type Objective = 'unnamed' | 'anonymous';

/** The model's decisions on each split the choice reads, computed once per model. */
export interface DecisionSets {
  /** PolNeAR train with the model fitted on all of it (in sample). */
  fit: Decision[];
  dev: Decision[];
  bbc: Decision[];
}

const costOf =
  (objective: Objective) =>
  (t: Tally): number =>
    t.right - WRONG_COST * (t.wrong + (objective === 'unnamed' ? t.namedUnnamed : t.namedAnonymous));

/**
 * Nothing measured before may regress: BBC dev accuracy, and speaker precision on the 840 train
 * articles (dev's 84 alone let a threshold pass by a quote or two).
 */
function keeps(sets: DecisionSets, thresholds: Thresholds): boolean {
  const b = tallyAt(sets.bbc, thresholds);
  return (
    precisionOf(tallyAt(sets.fit, thresholds)) >= KEEP.trainPrecision &&
    b.right >= KEEP.bbcAccuracy * (b.right + b.wrong + b.none)
  );
}

/**
 * The choice up to session 12: among the pairs that meet the precision targets on both dev sets,
 * the one that names the most right speakers there, a wrong name costing WRONG_COST missing ones.
 * Every quote counts the same whichever set it is in (rates per set let one BBC quote outweigh two
 * US ones); `outOfFold`, when given, adds train's out-of-fold decisions to the count. On 84 + 29
 * articles a single quote near a threshold can move the pair (twelfth round: a song title).
 */
export function chooseOnDev(sets: DecisionSets, objective: Objective, outOfFold: Decision[] = []): Thresholds {
  const cost = costOf(objective);
  let best = { agree: 0, override: 0, value: -Infinity };
  for (const thresholds of thresholdGrid()) {
    const value = [sets.dev, sets.bbc].reduce(
      (sum, set, k) => {
        const t = tallyAt(set, thresholds);
        return sum + cost(t) - (precisionOf(t) >= PRECISION_FLOORS[k]! ? 0 : UNMET);
      },
      cost(tallyAt(outOfFold, thresholds)),
    );
    if (!keeps(sets, thresholds)) continue;
    if (value > best.value) best = { ...thresholds, value };
  }
  return foundPair(best);
}

/**
 * How a pair is scored on train's out-of-fold decisions: `cost`, the dev choice's objective
 * (right − WRONG_COST × (wrong + names given to anonymous or no sources)); or `floor`, the most right
 * names among the pairs whose out-of-fold speaker precision keeps the figure measured before
 * (CV_PRECISION), so the choice cannot trade precision already shipped for coverage.
 */
export type OutOfFoldRule = 'cost' | 'floor';

/** Cross-validated speaker precision measured before session 13 (0.966): it may not fall. */
const CV_PRECISION = 0.966;

/**
 * The choice from session 13: a pair scored on train's out-of-fold decisions (about 4,000 quotes
 * of 840 articles, each decided by a ranker that never saw its article), that score averaged over
 * the pair's neighbourhood on the grid (±1 step each way, clipped at the edges), so no single quote
 * at one threshold moves the pair; dev and BBC dev only check it (the precision targets, BBC dev
 * accuracy and train precision as above), they no longer pick it.
 */
export function chooseOutOfFold(
  sets: DecisionSets,
  objective: Objective,
  outOfFold: Decision[],
  rule: OutOfFoldRule = 'cost',
): Thresholds {
  const cost = rule === 'cost' ? costOf(objective) : (t: Tally): number => t.right;
  const value = new Float64Array(GRID * GRID);
  const precise = new Uint8Array(GRID * GRID);
  for (const t of thresholdGrid()) {
    const at = Math.round(t.agree * GRID) * GRID + Math.round(t.override * GRID);
    const tally = tallyAt(outOfFold, t);
    value[at] = cost(tally);
    precise[at] = rule === 'cost' || precisionOf(tally) >= CV_PRECISION ? 1 : 0;
  }
  let best = { agree: 0, override: 0, value: -Infinity };
  for (const thresholds of thresholdGrid()) {
    const [a, o] = [Math.round(thresholds.agree * GRID), Math.round(thresholds.override * GRID)];
    const v = smoothed(value, a, o);
    if (v <= best.value || !precise[a * GRID + o] || !keeps(sets, thresholds)) continue;
    const checked = [sets.dev, sets.bbc].every(
      (set, k) => precisionOf(tallyAt(set, thresholds)) >= PRECISION_FLOORS[k]!,
    );
    if (checked) best = { ...thresholds, value: v };
  }
  return foundPair(best);
}

/** Pooled held-out speaker precision the pooled choice keeps: the target for unseen US copy. */
export const POOLED_PRECISION = 0.97;

/**
 * The choice from session 15 (docs/evaluation.md, fifteenth round): every decision made on copy its
 * ranker did not see pooled, train's out-of-fold ones, PolNeAR dev and BBC dev, each quote once;
 * the most right names there, averaged over the pair's ±1-step neighbourhood, among the pairs that
 * keep pooled precision ≥ POOLED_PRECISION, BBC dev precision and the figures measured before.
 * Dev's 409 quotes are a tenth of the pool, so one of them near a threshold no longer picks the pair.
 */
export function choosePooled(sets: DecisionSets, outOfFold: Decision[]): Thresholds {
  const pool = [...outOfFold, ...sets.dev, ...sets.bbc];
  const value = new Float64Array(GRID * GRID);
  const passes = new Uint8Array(GRID * GRID);
  for (const t of thresholdGrid()) {
    const at = Math.round(t.agree * GRID) * GRID + Math.round(t.override * GRID);
    const tally = tallyAt(pool, t);
    value[at] = tally.right;
    passes[at] =
      precisionOf(tally) >= POOLED_PRECISION &&
      precisionOf(tallyAt(sets.bbc, t)) >= PRECISION_FLOORS[1]! &&
      keeps(sets, t)
        ? 1
        : 0;
  }
  let best = { agree: 0, override: 0, value: -Infinity };
  for (const t of thresholdGrid()) {
    const [a, o] = [Math.round(t.agree * GRID), Math.round(t.override * GRID)];
    const v = smoothed(value, a, o);
    if (passes[a * GRID + o] && v > best.value) best = { ...t, value: v };
  }
  return foundPair(best);
}

/**
 * A choice measured as held out: for each fold, the pair chosen on the other folds' out-of-fold
 * decisions, applied to that fold's (the figure a choice's own CV tally cannot be, since it chose
 * on those same decisions).
 */
export function nestedOutOfFold(folds: Decision[][], choose: (outOfFold: Decision[]) => Thresholds): Tally {
  const total: Tally = { right: 0, wrong: 0, none: 0, namedUnnamed: 0, namedAnonymous: 0, namedDocument: 0 };
  folds.forEach((held, k) => {
    const chosen = choose(folds.filter((_, j) => j !== k).flat());
    const t = tallyAt(held, chosen);
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += t[key];
  });
  return total;
}

/**
 * The frontier fitted to the out-of-fold decisions (eleventh round): the most right names at each
 * out-of-fold precision, among the pairs that keep BBC dev and train as above (an upper bound on
 * what any choice made elsewhere scores there, not a figure).
 */
export function frontier(sets: DecisionSets, outOfFold: Decision[], precision: number): Tally | null {
  let best: Tally | null = null;
  for (const thresholds of thresholdGrid()) {
    const t = tallyAt(outOfFold, thresholds);
    if (precisionOf(t) < precision || (best && t.right <= best.right)) continue;
    if (!admitted(sets, thresholds)) continue;
    best = t;
  }
  return best;
}

/** The checks a pair passes to stand on the frontier: the figures kept, and BBC dev's precision target. */
const admitted = (sets: DecisionSets, thresholds: Thresholds): boolean =>
  keeps(sets, thresholds) && precisionOf(tallyAt(sets.bbc, thresholds)) >= PRECISION_FLOORS[1]!;

/**
 * Every admitted pair with its CV tally, and the same decisions judged strictly (the trainer's
 * --frontier file): one JSON line each.
 */
export function frontierRows(sets: DecisionSets, outOfFold: Decision[], strict: Decision[]): string[] {
  const rows: string[] = [];
  for (const thresholds of thresholdGrid()) {
    if (!admitted(sets, thresholds)) continue;
    const row = { ...thresholds, ...tallyAt(outOfFold, thresholds), strict: tallyAt(strict, thresholds) };
    rows.push(`${JSON.stringify(row)}\n`);
  }
  return rows;
}

/** Strict CV speaker precision the strict-floor choice keeps (session 33 sp45; main's held pair: 0.964). */
export const STRICT_CV_PRECISION = 0.968;
/** Strict train (fit) precision the strict-floor choice keeps: the eval's strict train line's target. */
const STRICT_FIT_PRECISION = 0.97;

/**
 * The choice from session 33 (sp45): the most right names on train's out-of-fold decisions judged
 * strictly, among the pairs whose strict CV precision is at least `precision` and that pass the
 * frontier's checks, dev's precision target and strict train precision. It reads the frontier at one
 * precision fixed beforehand, so a ranker that buys rights there spends them on names, not on the
 * abstention dev's few hundred quotes (decided by one or two of them) lean to.
 */
export function chooseStrictFloor(
  sets: DecisionSets,
  outOfFold: Decision[],
  precision = STRICT_CV_PRECISION,
): Thresholds {
  const [strictOof, strictFit] = [judgedStrictly(outOfFold), judgedStrictly(sets.fit)];
  let best = { agree: 0, override: 0, value: -Infinity };
  for (const thresholds of thresholdGrid()) {
    const t = tallyAt(strictOof, thresholds);
    if (t.right <= best.value || precisionOf(t) < precision) continue;
    if (precisionOf(tallyAt(strictFit, thresholds)) < STRICT_FIT_PRECISION) continue;
    if (!admitted(sets, thresholds) || precisionOf(tallyAt(sets.dev, thresholds)) < PRECISION_FLOORS[0]!) continue;
    best = { ...thresholds, value: t.right };
  }
  return foundPair(best);
}
