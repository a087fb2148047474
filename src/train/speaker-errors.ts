import type { SpeakerModel } from '../core/speaker-ranker';
import { speakerOk } from '../eval/score-attribution';
import type { Shown, SpeakerData } from './speaker-examples';
import { decide, namedAt, type Thresholds } from './speaker-tally';

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

/**
 * Every error on a split, from the decisions tallyAt counts (`decide`, `namedAt`): what the error
 * analysis of docs/evaluation.md is read from (`npm run train:speakers -- --dump FILE`, out of fold).
 */
export function speakerErrors(model: SpeakerModel, data: SpeakerData, thresholds: Thresholds): SpeakerError[] {
  const decisions = decide(model, data);
  const quotes = [
    ...data.examples,
    ...data.chains.map((c) => ({ ...c, names: c.candidates.map((k) => k.speaker.name) })),
  ];
  const out: SpeakerError[] = [];
  quotes.forEach((q, i) => {
    const d = decisions[i]!;
    const named = namedAt(d, thresholds) && d.name !== null;
    if (named && d.name === 'right') return;
    out.push({
      article: q.article,
      what: named ? 'wrong' : 'missed',
      gold: q.gold,
      got: named ? d.speaker : null,
      best: d.best,
      confidence: Math.round(d.confidence * 1000) / 1000,
      goldAmongCandidates: q.names.some((n) => speakerOk(n, q.gold, q.aliases)),
      chain: d.chain,
      candidates: q.names,
      ...q.shown,
    });
  });
  return out;
}
