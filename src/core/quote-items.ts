import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { tagInFollowingSentence, tagInNextSentence } from './following-tag';
import { verbFirstClause } from './lone-verb-tag';
import { ownClauseAfter } from './own-clause-after';
import type { PeopleIndex } from './people';
import { quoteContexts, sentenceSlice } from './quote-contexts';
import { classifyQuote, namesMediaTitle, namesWorkTitle, quoteWords } from './quote-kind';
import { quoteSegmentGroups, quoteText } from './quote-segment-groups';
import type { QuoteSegment } from './quote-spans';
import { tagAfter } from './quote-tags';
import { tagBefore } from './tag-before';
import { labelBeforeQuote } from './transcript-labels';

/**
 * Every run of quote segments as one quotation, in article order, with the tag found next to it (before, after, or
 * in the next sentence), its kind and whether it is a title or the object of its own clause; no speaker yet
 * (attribute-quotes.ts resolves them in order, so pronouns can lean on earlier attributions).
 */
export function quoteItems(sentences: Sentence[], segments: QuoteSegment[], index: PeopleIndex): QuoteItem[] {
  const bySentence = (id: number): Sentence => sentences[id]!;
  const textOf = (segment: QuoteSegment): string => {
    const from = bySentence(segment.startSentence);
    const to = bySentence(segment.endSentence);
    if (from === to) return sentenceSlice(from, segment.start, segment.end);
    const parts: string[] = [];
    for (let id = from.id; id <= to.id; id++) {
      const s = bySentence(id);
      parts.push(sentenceSlice(s, Math.max(s.start, segment.start), Math.min(s.end, segment.end)));
    }
    return parts.join(' ');
  };

  const items: QuoteItem[] = [];
  // Groups are runs of consecutive segments: the position of each head is counted, not looked up.
  let headAt = 0;
  for (const group of quoteSegmentGroups(segments)) {
    const head = group[0]!;
    const tail = group[group.length - 1]!;
    const headContext = quoteContexts(headAt, segments, sentences);
    headAt += group.length;
    const tailContext = group.length === 1 ? headContext : quoteContexts(headAt - 1, segments, sentences);
    const colonOrTag = tagBefore(headContext.before.text, headContext.before.offset, sentences[head.startSentence]!);
    // A colon with no speech verb: a round-up's `Jane Doe, The Guardian: "..."` names the speaker.
    const label =
      colonOrTag === 'untagged-colon'
        ? labelBeforeQuote(headContext.before.text, headContext.before.offset, index)
        : null;
    const before = label && label !== 'unknown-label' ? label : colonOrTag;
    const after =
      before && before !== 'untagged-colon'
        ? null
        : tagAfter(tailContext.after.text, tailContext.after.offset, headContext.before.text.trim() === '');
    const text = quoteText(group, textOf);
    const next =
      before === null && after === null
        ? (tagInNextSentence(text, tail, tailContext.after.text, sentences) ??
          tagInFollowingSentence(text, head, tail, tailContext.after.text, sentences))
        : null;
    const tag = before && before !== 'untagged-colon' ? before : (after ?? next ?? before);
    const words = quoteWords(text);
    const tagIsAfter = tag !== null && (tag === after || tag === next);
    const kind = classifyQuote(
      text,
      headContext.before.text,
      tailContext.after.text,
      tag !== null,
      words,
      after !== null && tag === after,
    );
    const objectOfOwnClause =
      tag === null &&
      headContext.before.text.trim() === '' &&
      (ownClauseAfter(tailContext.after.text) !== null || verbFirstClause(tailContext.after.text));
    items.push({
      segments: group,
      text,
      kind,
      words,
      mediaTitle:
        namesMediaTitle(text, headContext.before.text, words) ||
        namesWorkTitle(text, headContext.before.text, tailContext.after.text, before !== null || after !== null, words),
      unknownLabel: label === 'unknown-label' || objectOfOwnClause,
      objectOfOwnClause,
      tag,
      tagSentence:
        tag !== null && tag === next ? tail.endSentence + 1 : tagIsAfter ? tail.endSentence : head.startSentence,
      tagIsAfter,
      speaker: null,
      attributed: false,
      route: 'none',
      pronoun: null,
    });
  }
  return items;
}
