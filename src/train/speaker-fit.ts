import { join } from 'node:path';
import type { SpeakerInputOptions } from '../core/quote-speaker-inputs';
import type { SpeakerModel } from '../core/speaker-ranker';
import type { DecisionSets } from './choose-speaker-thresholds';
import { fitSpeakerRanker } from './fit-speaker-ranker';
import { type SpeakerData, speakerData } from './speaker-examples';
import { decide, type Thresholds } from './speaker-tally';

/** The three splits the speaker model reads, the ranker fitted on all of train, and its decisions. */
export interface SpeakerFit {
  train: SpeakerData;
  dev: SpeakerData;
  bbc: SpeakerData;
  model: SpeakerModel;
  sets: DecisionSets;
}

/**
 * The part of `npm run train:speakers` that decides the model file (the cross-validation only
 * reports): one place, so the staleness check (test/train/speaker-model-current.test.ts) reproduces
 * the trainer rather than a copy of it.
 */
export function speakerFit(
  evalDir: string,
  options: SpeakerInputOptions = {},
  negatives = false,
  log: (line: string) => void = () => {},
): SpeakerFit {
  const corpus = join(evalDir, 'polnear');
  const train = speakerData(corpus, join(corpus, 'quotes-train.jsonl'), options);
  const dev = speakerData(corpus, join(corpus, 'quotes-dev.jsonl'), options);
  const bbc = speakerData(join(evalDir, 'bbc'), join(evalDir, 'labels', 'quotes-dev.jsonl'), options);
  log(`train: ${train.examples.length} attributed quotes; dev: ${dev.examples.length}`);
  const model = fitSpeakerRanker(train.examples, log, negatives ? train.unnamed : []);
  const sets: DecisionSets = { fit: decide(model, train), dev: decide(model, dev), bbc: decide(model, bbc) };
  return { train, dev, bbc, model, sets };
}

/** The model file's text as the trainer writes it: weights rounded, the chosen pair. */
export function speakerModelText(model: SpeakerModel, chosen: Thresholds): string {
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  const out = {
    features: model.features,
    weights: model.weights.map(round),
    none: model.none.map(round),
    confidence: model.confidence.map(round),
    threshold: chosen.agree,
    overrideThreshold: chosen.override,
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}
