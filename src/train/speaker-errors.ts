import type { SpeakerCandidate } from '../core/speaker-candidates';
import { bestCandidate, confidenceOf, type SpeakerModel } from '../core/speaker-ranker';
import { speakerOk } from '../eval/score-attribution';
import type { Shown, SpeakerData } from './speaker-examples';
import type { Thresholds } from './speaker-tally';

/** A quote with a named gold speaker that the model named wrong or left unnamed. */
export interface SpeakerError extends Shown {
  article: string;
  what: 'wrong' | 'missed';
  gold: string;
  /** The name printed (null when none), and the ranker's best candidate whatever its confidence. */
  got: string | null;
  best: string | null;
  confidence: number;
  /** The gold speaker is among the candidates, and whether the rules decided by a pronoun. */
  goldAmongCandidates: boolean;
  chain: boolean;
  candidates: string[];
}

const RULE = 1;

/**
 * Every error on a split, as tallyAt counts it (the same decisions): what the error analysis of
 * docs/evaluation.md is read from (`npm run train:speakers -- --dump FILE`, out of fold).
 */
export function speakerErrors(model: SpeakerModel, data: SpeakerData, thresholds: Thresholds): SpeakerError[] {
  const out: SpeakerError[] = [];
  const push = (
    e: { article: string; gold: string; aliases: string[]; shown: Shown },
    candidates: SpeakerCandidate[],
    got: string | null,
    best: string | null,
    confidence: number,
    chain: boolean,
  ): void => {
    if (got !== null && speakerOk(got, e.gold, e.aliases)) return;
    out.push({
      article: e.article,
      what: got === null ? 'missed' : 'wrong',
      gold: e.gold,
      got,
      best,
      confidence: Math.round(confidence * 1000) / 1000,
      goldAmongCandidates: candidates.some((c) => speakerOk(c.speaker.name, e.gold, e.aliases)),
      chain,
      candidates: candidates.map((c) => c.speaker.name),
      ...e.shown,
    });
  };
  for (const ex of data.examples) {
    const candidates = ex.candidates.map((features, i) => ({
      speaker: { name: ex.names[i]!, person: null },
      features,
    }));
    const best = bestCandidate(model, candidates, ex.none);
    const confidence = best ? confidenceOf(model, best.evidence) : 0;
    const agrees = best?.best.features[RULE] === 1;
    const named = best !== null && confidence >= (agrees ? thresholds.agree : thresholds.override);
    push(ex, candidates, named ? best.best.speaker.name : null, best?.best.speaker.name ?? null, confidence, false);
  }
  for (const c of data.chains) {
    const best = bestCandidate(model, c.candidates, c.none);
    const confidence = best ? confidenceOf(model, best.evidence) : 0;
    const agrees = !best || best.best.features[RULE] === 1;
    const named = agrees || confidence < thresholds.override;
    push(c, c.candidates, named ? c.rule : null, best?.best.speaker.name ?? null, confidence, true);
  }
  return out;
}
