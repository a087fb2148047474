import type { QuoteSegment } from './quote-spans';

/**
 * Quotation segments as attribute-quotes.ts reads them: grouped into quotations, searched by offset and
 * joined into one text. Kept apart from the attribution passes so that file stays one job.
 */

/** Group re-opened segments with the segment they continue. */
export function quoteSegmentGroups(segments: QuoteSegment[]): QuoteSegment[][] {
  const groups: QuoteSegment[][] = [];
  for (const segment of segments) {
    const last = groups[groups.length - 1];
    if (segment.continuesPrevious && last) last.push(segment);
    else groups.push([segment]);
  }
  return groups;
}

/** Whether an offset lies inside a quotation: binary search over the ordered segments. */
export function insideSegments(segments: QuoteSegment[], offset: number): boolean {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The quotation's words: its segments' texts joined, runs of white space made one space. */
export function quoteText(segments: QuoteSegment[], input: (s: QuoteSegment) => string): string {
  return segments.map(input).join(' ').replace(/\s+/g, ' ').trim();
}
