import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { MARKS_ONLY } from './paragraph-lead-speaker';
import { glossEnd } from './quote-gloss';

/** Where a quotation stands: its first and last sentences and the absolute offsets of its words. */
interface QuoteSpan {
  startSentence: number;
  endSentence: number;
  start: number;
  end: number;
}

export const quoteSpan = (item: QuoteItem): QuoteSpan => {
  const head = item.segments[0]!;
  const tail = item.segments[item.segments.length - 1]!;
  return { startSentence: head.startSentence, endSentence: tail.endSentence, start: head.start, end: tail.end };
};

/** The quotation opens its paragraph: only marks before it, in the paragraph's first sentence. */
function opensParagraph(sentences: readonly Sentence[], q: QuoteSpan): boolean {
  const first = sentences[q.startSentence]!;
  if (sentences[q.startSentence - 1]?.paragraph === first.paragraph) return false;
  return MARKS_ONLY.test(first.text.slice(0, q.start - first.start));
}

/** The quotation is its paragraph: it opens it, and only marks follow it in the paragraph's last sentence. */
function isParagraph(sentences: readonly Sentence[], q: QuoteSpan): boolean {
  const last = sentences[q.endSentence]!;
  if (sentences[q.endSentence + 1]?.paragraph === last.paragraph) return false;
  return opensParagraph(sentences, q) && MARKS_ONLY.test(last.text.slice(q.end - last.start));
}

/**
 * The next quotation continues the run this one belongs to, so its speaker may be this one's: it starts in this
 * quotation's last sentence or the one after, and, when that is over a paragraph break from a quotation standing as a
 * paragraph by itself, it opens its own paragraph too (a run of quotation paragraphs, "“…”" ¶ "“…,” Viguerie
 * notes."). A reporter's sentence about someone ("“Safer than it was.”" ¶ "Councillor Ure said the council was
 * “proud …”") starts a new paragraph's subject, not a run: its speaker is no evidence for the stand-alone answer before
 * it (review s48 B-a49-2). Measured on PolNeAR train: cutting every paragraph-crossing run lost 8 right speakers.
 */
export function nextQuoteRunsOn(sentences: readonly Sentence[], quote: QuoteSpan, next: QuoteSpan): boolean {
  // A gloss in parentheses right after the quotation stands between them, no sentence of the reporter's.
  if (next.startSentence > glossEnd(sentences, quote.endSentence) + 1) return false;
  if (sentences[next.startSentence]!.paragraph === sentences[quote.endSentence]!.paragraph) return true;
  return !isParagraph(sentences, quote) || opensParagraph(sentences, next);
}
