import type { Sentence } from './analysis-types';
import type { QuoteSegment } from './quote-spans';

/** Sentence text between two absolute offsets. */
export function sentenceSlice(sentence: Sentence, from: number, to: number): string {
  return sentence.text.slice(Math.max(0, from - sentence.start), Math.max(0, to - sentence.start));
}

/**
 * Context around one segment, limited by the neighbouring quotes in the same sentence (segments
 * are in order and never overlap, so the neighbours are the previous and next in the list).
 */
export function quoteContexts(k: number, segments: QuoteSegment[], sentences: Sentence[]) {
  const segment = segments[k]!;
  const first = sentences[segment.startSentence]!;
  const last = sentences[segment.endSentence]!;
  const previous = segments[k - 1];
  const next = segments[k + 1];
  const beforeFrom = previous && previous.end >= first.start ? Math.max(first.start, previous.end + 1) : first.start;
  const afterTo = next && next.start <= last.end ? Math.min(last.end, next.start - 1) : last.end;
  return {
    before: { text: sentenceSlice(first, beforeFrom, segment.start - 1), offset: beforeFrom },
    after: { text: sentenceSlice(last, segment.end + 1, afterTo), offset: segment.end + 1 },
  };
}
