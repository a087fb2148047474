import type { QuoteItem } from './attribute-quotes';

/**
 * The quotation a run of quotations continues from: the item just before, or, past a title or a few borrowed words
 * quoted in that quotation's own closing sentence ("“…,” Trump said on ABC's “Good Morning America.” “…”"), the
 * utterance before them. A title or a fragment in a later sentence is the reporter's, and ends the run.
 */
export function runPreviousUtterance(items: QuoteItem[], i: number): QuoteItem | undefined {
  let j = i - 1;
  while (j >= 0 && items[j]!.kind !== 'utterance') j--;
  if (j < 0) return items[i - 1];
  const utterance = items[j]!;
  const tagSentence = utterance.segments[utterance.segments.length - 1]!.endSentence;
  // Only a quotation opening a later sentence, and only a speaker the rules named: the skipped title may have been
  // taken for an utterance itself ("On “The Morning Show,” she said she wanted people to know that “…”").
  if (j === i - 1 || !utterance.speaker || items[i]!.segments[0]!.startSentence <= tagSentence) return items[i - 1];
  for (let k = j + 1; k < i; k++) if (items[k]!.segments[0]!.startSentence !== tagSentence) return items[i - 1];
  return utterance;
}
