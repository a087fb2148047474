import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';

/**
 * ", whose government promised last spring to": a relative clause opened by "whose" and a common noun, still open
 * (no comma, colon or quotation mark since) where the quotation starts. Its subject is the noun, a body that is the
 * named person's, not any one person (audit 56, B-a56-5).
 */
const WHOSE_CLAUSE = /,\s+whose\s+\p{Ll}+\b[^,;:"“”‘’]*$/u;

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
  const lead = sentence.text.slice(0, Math.max(0, head.start - sentence.start)).replace(/["“‘']$/, '');
  return WHOSE_CLAUSE.test(lead);
}
