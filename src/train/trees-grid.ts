import type { SpeakerModel } from '../core/speaker-ranker';
import { confidenceRows } from './confidence-rows';
import { type BoostingOptions, fitBoostedTrees } from './fit-boosted-trees';
import { confidenceBase } from './fit-speaker-ranker';
import type { SpeakerData } from './speaker-examples';
import { type Decision, decide, precisionOf, tallyAt } from './speaker-tally';

/** One fold of the honest cross-validation: its model without trees, what it was fit on, what it holds out. */
export interface GridFold {
  model: SpeakerModel;
  fit: SpeakerData;
  held: SpeakerData;
}

const GRID = 80;
const ROUNDS = [25, 50, 100, 200, 400];

/** The most right names at out-of-fold precision ≥ p over the threshold grid (train alone, no checks). */
function rightAt(decisions: Decision[], p: number): number {
  let best = 0;
  for (let a = 0; a < GRID; a++) {
    for (let o = 0; o < GRID; o++) {
      const t = tallyAt(decisions, { agree: a / GRID, override: o / GRID });
      if (precisionOf(t) >= p && t.right > best) best = t.right;
    }
  }
  return best;
}

/** Log-loss of the confidence on the out-of-fold quotes it decides (a chain's veto aside). */
function logLoss(decisions: Decision[]): number {
  let sum = 0;
  let n = 0;
  for (const d of decisions) {
    if (d.chain || d.name === null || d.name === 'described') continue;
    if (d.name === 'unnamed' && d.shape !== 'anonymous' && d.shape !== 'none') continue;
    const p = Math.min(Math.max(d.confidence, 1e-12), 1 - 1e-12);
    sum -= Math.log(d.name === 'right' ? p : 1 - p);
    n++;
  }
  return sum / Math.max(1, n);
}

/**
 * The trees' hyper-parameters scored on train's honest folds: each fold's trees fitted on its other
 * folds' confidence rows (from that fold's own ranker and logistic model), its held-out quotes decided;
 * per setting the out-of-fold right names at precision ≥ 0.966 and ≥ 0.968 and the log-loss. The
 * setting with the most right names at both (then the lower log-loss) is returned.
 */
export function treesGrid(
  folds: GridFold[],
  negatives: boolean,
  settings: Array<Omit<BoostingOptions, 'rounds'>>,
  log: (line: string) => void,
): BoostingOptions {
  const linear = folds.flatMap((f) => decide(f.model, f.held));
  log(
    `trees grid: linear alone: right ${rightAt(linear, 0.966)} / ${rightAt(linear, 0.968)} at precision ≥ 0.966 / 0.968, log-loss ${logLoss(linear).toFixed(4)}`,
  );
  const oof = new Map<string, Decision[]>();
  for (const f of folds) {
    const rows = confidenceBase(f.model, confidenceRows(f.model, f.fit.examples, negatives ? f.fit.unnamed : []));
    for (const s of settings) {
      const { trees } = fitBoostedTrees(rows, { ...s, rounds: ROUNDS[ROUNDS.length - 1]! });
      for (const r of ROUNDS) {
        const key = JSON.stringify({ ...s, rounds: r });
        oof.set(key, [...(oof.get(key) ?? []), ...decide({ ...f.model, trees: { trees: trees.slice(0, r) } }, f.held)]);
      }
    }
  }
  let best: { options: BoostingOptions; score: number; loss: number } | null = null;
  for (const [key, decisions] of oof) {
    const options = JSON.parse(key) as BoostingOptions;
    const [r66, r68, loss] = [rightAt(decisions, 0.966), rightAt(decisions, 0.968), logLoss(decisions)];
    log(`trees grid: ${key}: right ${r66} / ${r68}, log-loss ${loss.toFixed(4)}`);
    if (!best || r66 + r68 > best.score || (r66 + r68 === best.score && loss < best.loss))
      best = { options, score: r66 + r68, loss };
  }
  if (!best) throw new Error('trees grid: no setting');
  log(`trees grid: chosen ${JSON.stringify(best.options)}`);
  return best.options;
}
