import { wordCount } from './word-count';

interface Candidate {
  text: string;
  speaker: string | null;
  sentenceId: number;
  key: boolean;
  kind: string;
}

const MAX_KEY = 4;
/** A fragment's weight against a quotation that stands alone: below it, above a short one (0.6). */
const FRAGMENT = 0.8;

/**
 * Marks the quotes a brief should show: whole utterances with a named speaker, long enough to say
 * something, one per speaker first, in article order. A transcript interviewer's turn (`interviewer`, by the sentence
 * it opens: interviewer-turn.ts) is never one: the presenter puts the questions, the guest is the source.
 */
export function chooseKeyQuotes(quotes: Candidate[], interviewer: ReadonlySet<number> = new Set()): void {
  const scored = quotes
    .map((quote, index) => {
      const named = quote.speaker !== null && /^\p{Lu}/u.test(quote.speaker);
      if (quote.kind !== 'utterance' || !named || interviewer.has(quote.sentenceId)) return null;
      const words = wordCount(quote.text);
      const lengthScore = words < 3 ? 0.1 : words < 6 ? 0.6 : words <= 45 ? 1 : 0.7;
      // A question (an interviewer's, a lawyer's in a transcript) says less than an answer.
      const asks = /\?\s*$/.test(quote.text) ? 0.5 : 1;
      // "awarded to a company "with no track record in this region."": a quotation opening on a lower-case word is
      // a piece of the reporter's sentence and reads only inside it; one that opens a sentence stands alone, so the
      // speaker's whole sentence is shown before the piece (audit 61, B-a61-16).
      const alone = /^\p{Ll}/u.test(quote.text) ? FRAGMENT : 1;
      return { index, score: lengthScore * asks * alone - index * 0.01, speaker: quote.speaker! };
    })
    .filter((c): c is { index: number; score: number; speaker: string } => c !== null)
    .sort((a, b) => b.score - a.score);
  const chosen = new Set<number>();
  const speakers = new Set<string>();
  for (const c of scored) {
    if (chosen.size >= MAX_KEY) break;
    if (speakers.has(c.speaker)) continue;
    chosen.add(c.index);
    speakers.add(c.speaker);
  }
  for (const c of scored) {
    if (chosen.size >= Math.min(3, scored.length)) break;
    chosen.add(c.index);
  }
  for (const index of chosen) quotes[index]!.key = true;
}
