import { readFileSync } from 'node:fs';
import type { Analysis, Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';

/** The analysis of one copy file in test/fixtures/transcripts (written in the house styles). */
export const transcriptFixture = (name: string): Analysis =>
  analyzeArticle(readFileSync(new URL(`../fixtures/transcripts/${name}.txt`, import.meta.url), 'utf8'));

/** The quote whose text opens with `start`; fails with every quote listed, so a miss is readable. */
export function quoteStarting(quotes: Quote[], start: string): Quote {
  const quote = quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}" in ${JSON.stringify(quotes)}`);
  return quote;
}
