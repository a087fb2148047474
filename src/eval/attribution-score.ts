/** The figures of one scoring run (score.py `quotes`), and the rows behind them. */
interface AttributionMiss {
  article: string;
  what: 'missed' | 'speaker' | 'unprintable' | 'false-positive';
  quote: string;
  expected?: string | null;
  got?: string | null;
}

export interface AttributionScore {
  articles: number;
  reported: number;
  speech: number;
  utterances: number;
  found: number;
  withSpeaker: number;
  named: number;
  right: number;
  /** Right, less those whose label uses the printed name only as a modifier or possessor (speaker-strict.ts). */
  strictRight: number;
  precision: number;
  recall: number;
  speakerAccuracy: number;
  speakerPrecision: number;
  unprintable: number;
  misses: AttributionMiss[];
}

/** One line of figures, in score.py's order. */
export function formatAttribution(name: string, s: AttributionScore): string {
  const f = (x: number): string => x.toFixed(3);
  return `${name}: precision ${f(s.precision)} (${s.speech}/${s.reported}) recall ${f(s.recall)} (${s.found}/${s.utterances}) speaker-accuracy ${f(s.speakerAccuracy)} (${s.right}/${s.withSpeaker}) speaker-precision ${f(s.speakerPrecision)} (${s.right}/${s.named}) unprintable-speakers ${s.unprintable}`;
}
