import { join } from 'node:path';
import shipped from '../core/models/speaker-ranker.json' with { type: 'json' };
import type { SpeakerModel } from '../core/speaker-ranker';
import { type CueRates, cueRates } from '../core/speech-cues';
import { fitSpeakerRanker } from './fit-speaker-ranker';
import { speakerData } from './speaker-examples';
import { speechCueRates } from './speech-cue-rates';

/** What the quote pipeline learned from PolNeAR train, relearned for one cross-validation fold. */
export interface QuoteFoldInputs {
  cues: CueRates;
  speakerModel: SpeakerModel;
}

/**
 * The learned inputs the quote acceptance model's features and span choice read, learned without
 * one fold's articles (`held`, article ids "train/<name>"): the speech-cue table, and the speaker
 * ranker with its confidence model refitted on the other folds' quotes, featured with that table,
 * as `npm run train:speakers` fits the shipped one. Its two thresholds stay the shipped ones (chosen
 * on PolNeAR dev and BBC dev, not on train). The shipped tables saw every fold's annotation, so
 * without this a held-out span's cue features, speaker and confidence would have read its own labels.
 */
export function quoteFoldInputs(evalDir: string, held: (article: string) => boolean): QuoteFoldInputs {
  const cues = cueRates(speechCueRates(evalDir, (a) => !held(a)));
  const corpus = join(evalDir, 'polnear');
  const fit = speakerData(corpus, join(corpus, 'quotes-train.jsonl'), { cues, keep: (a) => !held(a) });
  const model = fitSpeakerRanker(fit.examples);
  const thresholds = shipped as SpeakerModel;
  return {
    cues,
    speakerModel: { ...model, threshold: thresholds.threshold, overrideThreshold: thresholds.overrideThreshold },
  };
}
