import { measuredSource } from './measured-source';
import type { ReportedSpeech } from './reported-speech';

/**
 * "The government says the surplus brought inflation down to 2.1 percent, according to INDEC figures.": a trailing
 * "according to" that names a record or a poll (measured-source.ts) is the source of a figure in the clause, not of
 * the claim, when the sentence opens on a subject and a reporting verb of its own: that subject speaks (audit 59,
 * B-a59-3). `tag` is the edge reading, `own` the reporting verb's clause; the clause keeps its "according to".
 */
export function measuredRelay(
  text: string,
  tag: ReportedSpeech | null,
  own: () => ReportedSpeech | null,
): ReportedSpeech | null {
  if (tag?.clauseStart !== 0 || tag.subject.kind !== 'phrase') return tag;
  const at = text.slice(tag.clauseEnd).search(/according to\s/i);
  if (at < 0 || !/^,\s*$/.test(text.slice(tag.clauseEnd, tag.clauseEnd + at))) return tag;
  if (measuredSource(text, tag.clauseEnd + at) === null) return tag;
  const reading = own();
  return reading && reading.clauseStart > 0 && reading.clauseStart < tag.clauseEnd ? reading : tag;
}
