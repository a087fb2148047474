import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Sane output on hostile input; timings are in bench/hostile-quote-inputs.ts, not asserted here.
const SIZE = 20_000;
const repeat = (unit: string): string => `Headline\n\n${unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)}`;

describe('quotes on hostile input', () => {
  it('reports no quotes for a run of opening curly quotes around nothing', () => {
    expect(analyzeArticle(repeat('\u201c ')).quotes).toEqual([]);
  });

  it('finds no quotes and no statements in a run of "said"', () => {
    const analysis = analyzeArticle(repeat('said '));
    expect(analysis.quotes).toEqual([]);
    expect(analysis.statements).toEqual([]);
  });

  it('reads one-word answers in a long unpunctuated run as terms, not speech', () => {
    expect(analyzeArticle(repeat('He said "yes" and "no" ')).quotes).toEqual([]);
  });

  it('keeps a quote mark that never closes as one quote to the end', () => {
    const quotes = analyzeArticle(`Headline\n\n"${'word '.repeat(SIZE / 5)}`).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.startsWith('word word')).toBe(true);
  });

  it('keeps a 50,000-character quote whole', () => {
    const quotes = analyzeArticle(`Headline\n\nMs Ann Lee said: "${'Words run on. '.repeat(3600)}" She left.`).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.length).toBeGreaterThan(49_000);
    expect(quotes[0]!.speaker).toBe('Ann Lee');
  });

  it('finds nothing in an article of apostrophes', () => {
    expect(analyzeArticle(repeat("' ")).quotes).toEqual([]);
  });
});
