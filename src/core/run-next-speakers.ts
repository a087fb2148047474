import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { quoteAfterBodySubject } from './named-body-subject';
import { nextQuoteRunsOn, quoteSpan } from './next-quote-runs-on';
import type { PeopleIndex } from './people';

/**
 * The last pass of attributeQuotes: an untagged quotation still without a speaker takes the one named at the end of
 * the run it belongs to, unless the next quotation was credited to its own clause's subject (`named`) and this one's
 * sentence names someone too.
 */
export function runNextSpeakers(
  sentences: Sentence[],
  items: QuoteItem[],
  {
    index,
    isQuoted,
    named,
    resolved,
  }: { index: PeopleIndex; isQuoted: (offset: number) => boolean; named: Set<QuoteItem>; resolved: Set<QuoteItem> },
): void {
  // …unless that quotation's own sentence names no one ("as he called on Americans not to "…"" before "Obama described
  // the attack as "…"").
  const ownNames = (id: number): boolean => (index.mentions[id] ?? []).some((m) => !isQuoted(m.start));
  // A run of untagged quotations takes the speaker named at its end ("...." / "...," said X).
  for (let i = items.length - 2; i >= 0; i--) {
    const item = items[i]!;
    const next = items[i + 1]!;
    if (item.attributed || item.route !== 'none' || resolved.has(item) || item.unknownLabel) continue;
    if (item.kind !== 'utterance' || next.kind !== 'utterance') continue;
    const head = item.segments[0]!;
    // "Japan branded North Korea an "…." Russia insisted …": the quotation's own sentence names its body.
    const body = (): boolean => quoteAfterBodySubject(sentences, index.mentions, head.startSentence, head.start);
    if (
      nextQuoteRunsOn(sentences, quoteSpan(item), quoteSpan(next)) &&
      next.speaker &&
      !(named.has(next) && ownNames(head.startSentence)) &&
      !body()
    ) {
      item.speaker = next.speaker;
      item.route = 'run-next';
    }
  }
}
