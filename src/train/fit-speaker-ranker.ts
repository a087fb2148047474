import { FEATURE_NAMES } from '../core/speaker-feature-names';
import { bestCandidate, candidateProbabilities, confidenceOf, type SpeakerModel } from '../core/speaker-ranker';
import { speakerOk } from '../eval/score-attribution';
import type { Example, Unnamed } from './speaker-examples';
import { zeros } from './zeros';

const L2 = 1e-3;
const ITERATIONS = 1500;
const STEP = 2;

/** Conditional logit with a "none" option; the target is any right candidate, else "none". */
function fitRanker(data: Example[], log: (line: string) => void): SpeakerModel {
  const d = FEATURE_NAMES.length;
  const model: SpeakerModel = {
    features: [...FEATURE_NAMES],
    weights: zeros(d),
    none: zeros(data[0]?.none.length ?? 4),
    confidence: [],
    threshold: 0,
    overrideThreshold: 0,
  };
  // What each example offers is the same at every iteration: built once, not 1,500 times (the same sums, in the
  // same order, so the same weights; test/train/speaker-model-current.test.ts checks the file's hash).
  const rows = data
    .filter((ex) => ex.candidates.length > 0)
    .map((ex) => {
      const target = ex.correct.map((c) => (c ? 1 : 0) as number);
      target.push(ex.correct.some(Boolean) ? 0 : 1);
      const candidates = ex.candidates.map((features) => ({ speaker: { name: '', person: null }, features }));
      return { candidates, none: ex.none, target, inputs: [...ex.candidates, ex.none] };
    });
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const gw = zeros(d);
    const gn = zeros(model.none.length);
    let loss = 0;
    for (const { candidates, none, target, inputs } of rows) {
      const p = candidateProbabilities(model, candidates, none);
      const mass = p.reduce((s, pi, i) => s + pi * target[i]!, 0);
      loss -= Math.log(Math.max(mass, 1e-12));
      // d(-log sum_{i in T} p_i)/d score_j = p_j - p_j [j in T] / mass
      for (let j = 0; j < p.length; j++) {
        const pj = p[j]!;
        const g = pj - (target[j]! ? pj / mass : 0);
        const f = inputs[j]!;
        const into = j < candidates.length ? gw : gn;
        for (let k = 0; k < f.length; k++) into[k]! += g * f[k]!;
      }
    }
    const n = data.length;
    for (let k = 0; k < d; k++) model.weights[k]! -= STEP * (gw[k]! / n + L2 * model.weights[k]!);
    for (let k = 0; k < gn.length; k++) model.none[k]! -= STEP * (gn[k]! / n + L2 * model.none[k]!);
    if (iter % 300 === 0 || iter === ITERATIONS - 1) log(`iteration ${iter}: loss ${(loss / n).toFixed(4)}`);
  }
  return model;
}

/**
 * Logistic regression: is the ranker's best candidate right? (its evidence, see bestCandidate)
 * `negatives`: quotes whose annotated source is anonymous or missing, where any name is a wrong one
 * (the threshold choice counts it so), unless it is the annotated words themselves.
 */
function fitConfidence(model: SpeakerModel, data: Example[], negatives: Unnamed[]): number[] {
  const rows: Array<{ x: number[]; y: number }> = [];
  for (const u of negatives) {
    if (u.shape !== 'anonymous' && u.shape !== 'none') continue;
    const ranked = bestCandidate(model, u.candidates, u.none);
    if (!ranked) continue;
    if (u.source !== null && speakerOk(ranked.best.speaker.name, u.source)) continue;
    rows.push({ x: ranked.evidence, y: 0 });
  }
  for (const ex of data) {
    const candidates = ex.candidates.map((features, i) => ({
      speaker: { name: ex.names[i]!, person: null },
      features,
    }));
    const ranked = bestCandidate(model, candidates, ex.none);
    if (!ranked) continue;
    rows.push({ x: ranked.evidence, y: speakerOk(ranked.best.speaker.name, ex.gold, ex.aliases) ? 1 : 0 });
  }
  const d = rows[0]?.x.length ?? 0;
  const w = zeros(d);
  const probe: SpeakerModel = { ...model, confidence: w };
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const g = zeros(d);
    for (const { x, y } of rows) {
      const err = confidenceOf(probe, x) - y;
      for (let k = 0; k < d; k++) g[k]! += err * x[k]!;
    }
    for (let k = 0; k < d; k++) w[k]! -= STEP * (g[k]! / rows.length + L2 * w[k]!);
  }
  return w;
}

/**
 * The ranker and its confidence model fitted on the examples (thresholds left at 0: they are
 * chosen elsewhere). Deterministic: the same examples in the same order give the same weights.
 */
export function fitSpeakerRanker(
  data: Example[],
  log: (line: string) => void = () => {},
  negatives: Unnamed[] = [],
): SpeakerModel {
  const model = fitRanker(data, log);
  model.confidence = fitConfidence(model, data, negatives);
  return model;
}
