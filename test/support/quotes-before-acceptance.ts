import type { Quote } from '../../src/core/analysis-types';
import { cleanArticle } from '../../src/core/clean-article';
import { findQuotes } from '../../src/core/find-quotes';
import { KEEP_EVERY_SPAN } from '../../src/core/quote-acceptance';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import { splitSentences } from '../../src/core/split-sentences';

/**
 * The quotes of `Headline\n\n<body>` as analyzeArticle finds them, but with every span kept: for
 * tests of the rules and the speakers, which the acceptance model (quote-acceptance.ts) judges
 * after them. A span it drops has no speaker, so it never reaches a brief.
 */
export function quotesBeforeAcceptance(body: string): Quote[] {
  const article = cleanArticle(`Headline\n\n${body}`, {});
  return findQuotes(normalizeQuoteMarks(splitSentences(article)), article.title, { acceptance: KEEP_EVERY_SPAN });
}

/** The speaker of the quote that opens with `start`, before acceptance; fails when there is none. */
export function speakerBeforeAcceptance(body: string, start: string): string | null {
  const quote = quotesBeforeAcceptance(body).find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}" in ${JSON.stringify(quotesBeforeAcceptance(body))}`);
  return quote.speaker;
}
