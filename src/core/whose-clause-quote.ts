import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';

/**
 * ", whose government promised last spring to": a relative clause opened by "whose" and a common noun, still open
 * (no comma, colon or quotation mark since) where the quotation starts. Its subject is the noun, a body that is the
 * named person's, not any one person (audit 56, B-a56-5).
 */
const WHOSE_CLAUSE = /,\s+whose\s+\p{Ll}+\b/gu;
const CLAUSE_BREAK = /[,;:"“”‘’]/g;

/**
 * Whether an untagged quotation stands inside a "whose <noun>" relative clause of its own sentence ("… for Mayor Peter
 * Strand, whose administration pledged in May to "keep the bridge free.""): the words are the noun's (his
 * administration's), so the person quoted in the paragraphs before, whom the ranker would carry on to them, is no
 * speaker of them. A tag next to the quotation still names its speaker.
 */
export function whoseClauseQuote(item: QuoteItem, sentences: readonly Sentence[]): boolean {
  if (item.tag) return false;
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  // The lead up to the quotation, without its opening mark.
  let lead = Math.max(0, head.start - sentence.start);
  if (lead > 0 && `"“‘'`.includes(sentence.text[lead - 1]!)) lead--;
  // Only the last clause opened before the quotation can still be open there (a later one's comma closes it).
  let open = false;
  for (const clause of whoseClauses(sentence)) if (clause.end <= lead) open = clause.closedAt >= lead;
  return open;
}

/**
 * Each sentence's "whose <noun>" clauses and where the first comma, colon or quotation mark after each closes it,
 * found once per sentence: a sentence of forty quotations is not walked forty times. Kept by the sentence itself, so
 * the entries go with the analysis that made them, not for the life of a bot.
 */
const clausesBySentence = new WeakMap<Sentence, readonly { end: number; closedAt: number }[]>();
function whoseClauses(sentence: Sentence): readonly { end: number; closedAt: number }[] {
  let found = clausesBySentence.get(sentence);
  if (found) return found;
  const { text } = sentence;
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  found = [...text.matchAll(WHOSE_CLAUSE)].map((m) => {
    const end = m.index + m[0].length;
    return { end, closedAt: breaks.find((b) => b >= end) ?? text.length };
  });
  clausesBySentence.set(sentence, found);
  return found;
}
