import type { QuoteSegment } from './quote-spans';

/** Group re-opened segments with the segment they continue. */
export function groupSegments(segments: QuoteSegment[]): QuoteSegment[][] {
  const groups: QuoteSegment[][] = [];
  for (const segment of segments) {
    const last = groups[groups.length - 1];
    if (segment.continuesPrevious && last) last.push(segment);
    else groups.push([segment]);
  }
  return groups;
}
