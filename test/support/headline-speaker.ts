import { analyzeArticle } from '../../src/core/analyze-article';

/** An invented body under a one-word headline, analysed as the engine reads a stored story. */
export function headlined(body: string) {
  return analyzeArticle(`Headline\n\n${body}`);
}

/** The speaker of the quotation that starts with `start`; fails the test when no such quotation is found. */
export function speakerOf(body: string, start: string): string | null | undefined {
  const quote = headlined(body).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}
