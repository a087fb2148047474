/**
 * What an "according to" names as its source, read up to the source phrase's end (the first comma, stop
 * or bracket): a poll's or a count's own result, or a public record's own figure. "… according to a
 * Quinnipiac University poll released Wednesday", "according to the average of recent polls", "according
 * to a count by the AP" and "according to early returns" give a measurement's finding with the measurement
 * named; "according to FEC filings" and "according to federal data" give the record's own figure. Nothing
 * there rests on a single source to be confirmed. A survey is left out on purpose: "a Reuters survey of
 * voter lists" is a newsroom's own investigation, a claim to check; so are records a newsroom obtained, was
 * shown or was leaked ("according to records obtained by the AP").
 */
const SOURCE_PHRASE = /^according to\s+([^,.;:()"“”—–]*)/i;
const POLL = /\b(?:polls?|polling|count|tally|returns)\b|\baverage\b/i;
const RECORD = /\b(?:data|figures|statistics|records|census|database|filings)\b/i;
const OBTAINED = /\b(?:obtained|reviewed|seen|leaked|provided|shown|shared|given)\b/i;

export type MeasuredSource = 'poll' | 'record' | null;

/** The kind of measurement an "according to" at index names, if any. */
export function measuredSource(text: string, index: number): MeasuredSource {
  const source = SOURCE_PHRASE.exec(text.slice(index))?.[1] ?? '';
  // Ten words at most: a longer run has left the source phrase ("according to Smith, who ran the poll").
  const words = source.trim().split(/\s+/).slice(0, 10).join(' ');
  if (POLL.test(words)) return 'poll';
  if (RECORD.test(words) && !OBTAINED.test(words)) return 'record';
  return null;
}
