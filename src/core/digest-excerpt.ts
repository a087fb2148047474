import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { BYLINE } from './quote-kind';

/**
 * A news digest's excerpt of the piece it links (`"City museum gets a new director," by the Globe's Ann Lee: "The
 * museum named …"`): the headline before it is a title (quote-kind.ts' byline rule), and the quotation the byline's
 * colon opens is that piece's own copy, the reporter's text, not anyone's words. PolNeAR train's culture digest
 * lists eight such excerpts, none of them counted as speech.
 */
export function digestExcerpt(item: QuoteItem, previous: QuoteItem | null, sentences: readonly Sentence[]): boolean {
  if (previous === null || previous.kind !== 'title') return false;
  const end = previous.segments.at(-1)!;
  const head = item.segments[0]!;
  // Headline, byline and excerpt share one sentence: the excerpt opens right after the byline's colon.
  if (end.endSentence !== head.startSentence) return false;
  const sentence = sentences[head.startSentence]!;
  const gap = sentence.text.slice(end.end - sentence.start, head.start - sentence.start);
  const credit = gap.replace(/^["'\u2019\u201d]+/u, '');
  return /:\s*["\u201c]?$/u.test(credit) && BYLINE.test(credit) && !/["\u201c\u201d]/u.test(credit.slice(0, -1));
}
