import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { BYLINE } from './quote-kind';

/** The whole gap between headline and excerpt is the byline: its writer's capitalised name, then the colon. */
const WHOLE_BYLINE = new RegExp(
  `${BYLINE.source}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*:\\s*["\\u201c]?$`,
  'u',
);

/**
 * A news digest's excerpt of the piece it links (`"City museum gets a new director," by the Globe's Ann Lee: "The
 * museum named …"`): the headline before it is a title (quote-kind.ts' byline rule), and the quotation the byline's
 * colon opens is that piece's own copy, the reporter's text, not anyone's words. The evidence is one article: PolNeAR
 * train's culture digest lists eight such excerpts, none of them counted as speech; the shape is a recurring
 * newsletter convention. Only the byline may stand between the two (not "…: Mayor Tom Ruiz said:"), and a tag after
 * the excerpt names its speaker (`"…," Mayor Tom Ruiz said`): both stay speech (review R56-4).
 */
export function digestExcerpt(item: QuoteItem, previous: QuoteItem | null, sentences: readonly Sentence[]): boolean {
  if (previous === null || previous.kind !== 'title') return false;
  if (item.tag !== null && item.tag !== 'untagged-colon' && item.tagIsAfter) return false;
  const end = previous.segments.at(-1)!;
  const head = item.segments[0]!;
  // Headline, byline and excerpt share one sentence: the excerpt opens right after the byline's colon.
  if (end.endSentence !== head.startSentence) return false;
  const sentence = sentences[head.startSentence]!;
  const gap = sentence.text.slice(end.end - sentence.start, head.start - sentence.start);
  return WHOLE_BYLINE.test(gap.replace(/^["'\u2019\u201d]+/u, ''));
}
