import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import model from './models/quote-acceptance.json' with { type: 'json' };
import { ACCEPTANCE_FEATURES, acceptanceFeatures, sentenceCue, speechShaped } from './quote-acceptance-features';
import { type CueRates, SHIPPED_CUES } from './speech-cues';

/**
 * A logistic model over general span features (quote-acceptance-features.ts) that says whether a
 * quoted span is what the PolNeAR annotators count as a direct quote, learned on its train split
 * (`npm run train:quotes`, src/train/train-quotes.ts). It judges only spans with no speech tag and
 * no speaker, which a brief never shows; one whose probability falls under the threshold (chosen
 * on PolNeAR dev) is not reported: a reporter's term, a slogan, a title, an excerpt no one is
 * credited with.
 */
export interface AcceptanceModel {
  features: readonly string[];
  weights: number[];
  threshold: number;
}

export const QUOTE_ACCEPTANCE: AcceptanceModel = model;

/** Keeps every span (no probability is below 0): what the trainer replays thresholds over. */
export const KEEP_EVERY_SPAN: AcceptanceModel = { features: ACCEPTANCE_FEATURES, weights: [], threshold: 0 };

const verified = new WeakSet<AcceptanceModel>();

/** A model trained on other features would weigh the wrong numbers: fail loudly instead. */
function verify(acceptance: AcceptanceModel): void {
  if (verified.has(acceptance)) return;
  if (acceptance.features.join() !== ACCEPTANCE_FEATURES.join())
    throw new Error('the quote acceptance model was trained on other features: run npm run train:quotes');
  verified.add(acceptance);
}

export function acceptanceProbability(weights: readonly number[], features: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += (weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-s));
}

export interface JudgedSpan {
  /**
   * False for a quotation with a speech tag beside it (`Spicer responded, "Nope."`) or a speaker
   * the ranker names: someone's words by construction, and what a brief shows. Those are kept
   * unread; PolNeAR's annotators skipped some of them too, but a brief must not lose them. Also
   * false for a speech-shaped span (quote-acceptance-features.ts `speechShaped`).
   */
  judged: boolean;
  /** The model's features (empty for a tagged or attributed span) and probability (1 when not judged). */
  features: number[];
  probability: number;
}

interface SpanInput {
  item: QuoteItem;
  speaker: string | null;
  pronounChain: boolean;
  /** The ranker's confidence in its best candidate; computed only for a span that is judged. */
  confidence: () => number;
}

/** What the judge weighs with; the defaults are what the engine ships. */
export interface AcceptanceOptions {
  acceptance?: AcceptanceModel;
  /** The speech-cue table the cue features read (the quote trainer's folds pass one learned without them). */
  cues?: CueRates;
}

/** The judge for one article's quoted spans (each sentence's cue read once: hostile copy stays linear). */
export function quoteAcceptance(
  sentences: Sentence[],
  items: readonly QuoteItem[],
  options: AcceptanceOptions = {},
): (span: SpanInput) => JudgedSpan & { accepted: boolean } {
  const { acceptance = QUOTE_ACCEPTANCE, cues: rates = SHIPPED_CUES } = options;
  verify(acceptance);
  const cues = new Map<number, number>();
  const cueOf = (id: number): number => {
    const sentence = sentences[id];
    if (!sentence) return 0;
    let cue = cues.get(id);
    if (cue === undefined) {
      cue = sentenceCue(sentence, rates);
      cues.set(id, cue);
    }
    return cue;
  };
  const opening = new Map<number, number>();
  const spoken = new Map<number, number>();
  const paragraphOf = (item: QuoteItem): number => sentences[item.segments[0]!.startSentence]!.paragraph;
  for (const item of items) {
    const id = item.segments[0]!.startSentence;
    opening.set(id, (opening.get(id) ?? 0) + 1);
    if (item.speaker) spoken.set(paragraphOf(item), (spoken.get(paragraphOf(item)) ?? 0) + 1);
  }
  const quotesInSentence = (id: number): number => opening.get(id) ?? 1;
  return (span) => {
    if (span.item.tag !== null || span.speaker !== null)
      return { judged: false, features: [], probability: 1, accepted: true };
    const others = (spoken.get(paragraphOf(span.item)) ?? 0) - (span.item.speaker ? 1 : 0);
    const features = acceptanceFeatures({
      item: span.item,
      pronounChain: span.pronounChain,
      confidence: span.confidence(),
      sentences,
      cueOf,
      quotesInSentence,
      paragraphSpeaker: others > 0,
      cues: rates,
    });
    // Speech-shaped spans are kept unread, like tagged ones, and so are not in the fit either.
    if (speechShaped(features)) return { judged: false, features, probability: 1, accepted: true };
    const probability = acceptanceProbability(acceptance.weights, features);
    return { judged: true, features, probability, accepted: probability >= acceptance.threshold };
  };
}
