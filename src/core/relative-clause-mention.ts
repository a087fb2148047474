import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { escapeRegExp } from './escape-reg-exp';
import { WORD_EDGE } from './latin-letters';
import type { ResolvedSpeaker } from './speaker-resolution';

/** A relative clause set off by commas right after the tag's subject: ", who has worked closely with Ms Lee,". */
const RELATIVE = /^,\s+(?:who|whom|whose|which)\b[^,"“”]*,/u;

/**
 * The tag's own subject over a name the ranker took from a relative clause on that subject: in `Another senior
 * figure, who has worked closely with Ms Lee, put it more bluntly: "…"` the figure speaks and Lee is only the one the
 * clause mentions (audit 59, B-a59-17). Only when the rules read the subject as a speaker of its own and the ranked
 * name stands inside the commas of the clause, nowhere in the subject itself.
 */
export function relativeClauseMention(
  item: QuoteItem,
  sentences: readonly Sentence[],
  ranked: ResolvedSpeaker | null,
): ResolvedSpeaker | null {
  const tag = item.tag;
  const rule = item.speaker;
  const surname = ranked?.person?.surname;
  if (item.route !== 'tag-before' || !tag || tag === 'untagged-colon' || tag.kind !== 'phrase') return ranked;
  if (!rule || !surname || rule.person === ranked.person || tag.text.includes(surname)) return ranked;
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  if (tag.end < sentence.start || tag.end >= head.start) return ranked;
  const clause = RELATIVE.exec(sentence.text.slice(tag.end - sentence.start, head.start - sentence.start))?.[0];
  return clause && new RegExp(`${WORD_EDGE}${escapeRegExp(surname)}${WORD_EDGE}`, 'u').test(clause) ? rule : ranked;
}
