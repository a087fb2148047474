import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { escapeRegExp } from './escape-reg-exp';
import type { ResolvedSpeaker } from './speaker-resolution';

/**
 * Whether the ranker's `speaker` is the subject of the clause a tag before the quotation reports, the quotation its
 * predicate: in `An Israeli official, speaking on condition of anonymity, said Wednesday that Netanyahu "will meet …"`
 * the official speaks and the quotation is about Netanyahu (sp54's leftover). Only a name standing right after the
 * clause's "that" (a title's capitals before it at most) and right before the mark; the tag's own phrase must not
 * hold the name ("Netanyahu said that Netanyahu …" cannot be told apart).
 */
export function reportedClauseSubject(
  item: QuoteItem,
  sentences: readonly Sentence[],
  speaker: ResolvedSpeaker | null,
): boolean {
  const tag = item.tag;
  const surname = speaker?.person?.surname;
  if (!surname || item.route !== 'tag-before' || !tag || tag === 'untagged-colon' || tag.kind !== 'phrase')
    return false;
  if (tag.text.includes(surname)) return false;
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  if (tag.end < sentence.start || tag.end >= head.start) return false;
  const between = sentence.text.slice(tag.end - sentence.start, head.start - sentence.start);
  return new RegExp(`\\bthat\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}\\s*["\\u201c]?$`, 'u').test(
    between,
  );
}
