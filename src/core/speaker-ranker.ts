import type { SpeakerCandidate } from './speaker-candidates';
import { FEATURE_NAMES, TRUST_FEATURES } from './speaker-feature-names';
import type { ResolvedSpeaker } from './speaker-resolution';

/**
 * A conditional-logit ranker over a quote's candidate speakers plus a "none of them" option,
 * trained by `npm run train:speakers` (src/train/train-speakers.ts) on PolNeAR train. A second,
 * logistic model estimates how likely the best candidate is right (from its probability, its
 * margin over the next, whether the rules chose it and how); below a threshold chosen on the dev
 * sets the speaker stays null (a wrong name is worse than none).
 */
export interface SpeakerModel {
  features: string[];
  weights: number[];
  /** Weights of the "none" option over noneFeatures. */
  none: number[];
  /** Weights of the confidence model over confidenceFeatures. */
  confidence: number[];
  /** Confidence needed when the best candidate is the rules' own choice ... */
  threshold: number;
  /** ... and when it overrides the rules or names someone where they named no one. */
  overrideThreshold: number;
}

/** Features of the "none of the candidates" option: bias, no rule choice, fragment, no candidate. */
export function noneFeatures(candidates: SpeakerCandidate[], ruleChose: boolean, fragment: boolean): number[] {
  return [1, ruleChose ? 0 : 1, fragment ? 1 : 0, candidates.length === 0 ? 1 : 0];
}

function dot(w: number[], f: number[]): number {
  let s = 0;
  for (let i = 0; i < f.length; i++) s += (w[i] ?? 0) * f[i]!;
  return s;
}

/**
 * Softmax probabilities of each candidate, the "none" option last. One array written in place: the quote finder asks
 * this of every quote, and the spread, map and reduce of the plain form made four arrays a call (the same sums, in
 * the same order, so the same numbers).
 */
export function candidateProbabilities(model: SpeakerModel, candidates: SpeakerCandidate[], none: number[]): number[] {
  const n = candidates.length;
  const p: number[] = [];
  for (const c of candidates) p.push(dot(model.weights, c.features));
  p.push(dot(model.none, none));
  let max = -Infinity;
  for (let i = 0; i <= n; i++) max = Math.max(max, p[i]!);
  let total = 0;
  for (let i = 0; i <= n; i++) {
    p[i] = Math.exp(p[i]! - max);
    total += p[i]!;
  }
  for (let i = 0; i <= n; i++) p[i] = p[i]! / total;
  return p;
}

export interface RankedSpeaker {
  /** The best candidate, whatever its confidence. */
  best: SpeakerCandidate;
  /** Features of the confidence model for it. */
  evidence: number[];
}

/** Feature 1 of a candidate is "the rules chose it"; 2..9 the route by which they did. */
const RULE = 1;
const TRUST = TRUST_FEATURES.map((name) => FEATURE_NAMES.indexOf(name));
const ROUTES = 8;

/** The most probable candidate and what the confidence model reads about it. */
export function bestCandidate(
  model: SpeakerModel,
  candidates: SpeakerCandidate[],
  none: number[],
): RankedSpeaker | null {
  if (candidates.length === 0) return null;
  const p = candidateProbabilities(model, candidates, none);
  let best = 0;
  let second = 0;
  for (let i = 1; i < candidates.length; i++) if (p[i]! > p[best]!) best = i;
  for (let i = 0; i < candidates.length; i++) if (i !== best && p[i]! > second) second = p[i]!;
  const f = candidates[best]!.features;
  const ruleChose = candidates.some((c) => c.features[RULE] === 1);
  // Pushed in order rather than spread from slices and maps: five arrays fewer a quote, the same features.
  const top = p[best]!;
  const evidence = [1, top, top - second, p[p.length - 1]!, f[RULE]!, ruleChose ? 0 : 1];
  for (let k = RULE + 1; k < RULE + 1 + ROUTES; k++) if (k < f.length) evidence.push(f[k]!);
  evidence.push(
    Math.log1p(candidates.length) / 2,
    // Agreement with the rules changes what a given probability means.
    f[RULE]! * top,
    f[RULE]! * (top - second),
  );
  // The constructions that attribute without a tag (colon introductions, the sentence's
  // subject) make a candidate trustworthy where the rules named no one.
  for (const k of TRUST) evidence.push(f[k]!);
  // Where the rules named no one, the constructions are all the evidence there is; and every
  // feature of the candidate itself, which the ranker's probability summarises only relatively.
  for (const k of TRUST) evidence.push(ruleChose ? 0 : f[k]!);
  for (let k = RULE + 1 + ROUTES; k < f.length; k++) evidence.push(f[k]!);
  return { best: candidates[best]!, evidence };
}

export function confidenceOf(model: SpeakerModel, evidence: number[]): number {
  return 1 / (1 + Math.exp(-dot(model.confidence, evidence)));
}

/** The best candidate's speaker, or null when the confidence model is under its threshold. */
export function rankSpeakers(
  model: SpeakerModel,
  candidates: SpeakerCandidate[],
  none: number[],
  thresholds: { agree: number; override: number } = { agree: model.threshold, override: model.overrideThreshold },
): ResolvedSpeaker | null {
  const ranked = bestCandidate(model, candidates, none);
  if (!ranked) return null;
  const threshold = ranked.best.features[RULE] === 1 ? thresholds.agree : thresholds.override;
  return confidenceOf(model, ranked.evidence) >= threshold ? ranked.best.speaker : null;
}

/**
 * A speaker the rules reached through a pronoun ("he said", or a run of quotes one of which says
 * so) stays theirs, unless the ranker is confident of someone else: then no one. The PolNeAR
 * labels leave pronoun sources unnamed, so the ranker never learned to choose here, only to doubt.
 */
export function vetoPronounChain(
  model: SpeakerModel,
  rule: ResolvedSpeaker | null,
  candidates: SpeakerCandidate[],
  none: number[],
  thresholds: { agree: number; override: number } = { agree: model.threshold, override: model.overrideThreshold },
): ResolvedSpeaker | null {
  if (!rule) return null;
  const ranked = bestCandidate(model, candidates, none);
  if (!ranked || ranked.best.features[RULE] === 1) return rule;
  return confidenceOf(model, ranked.evidence) >= thresholds.override ? null : rule;
}
