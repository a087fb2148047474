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

  it('keeps an untagged quote that never closes, inside a paragraph, as speech no one is credited with', () => {
    const body = `The mayor spoke at length. "We looked at every option and ${'this was the cheapest one by far '.repeat(600)}`;
    const quotes = analyzeArticle(`Headline\n\n${body}`).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.startsWith('We looked at every option')).toBe(true);
    expect(quotes[0]!.speaker).toBeNull();
  });

  it('keeps a 50,000-character quote whole', () => {
    const quotes = analyzeArticle(`Headline\n\nMs Ann Lee said: "${'Words run on. '.repeat(3600)}" She left.`).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.length).toBeGreaterThan(49_000);
    expect(quotes[0]!.speaker).toBe('Ann Lee');
  });

  it("reads a transcript of 5,000 Q:/A: lines, every answer the interviewee's", () => {
    const intro =
      'Q&A with Mayor Ruth Okafor\n\nMayor Ruth Okafor spoke to our reporter in an interview on Monday.\n\n';
    const pair = 'Q: Why did the council act now?\n\nA: Because the money runs out in May.\n\n';
    const quotes = analyzeArticle(intro + pair.repeat(2500)).quotes;
    expect(quotes).toHaveLength(2500);
    expect(quotes.every((q) => q.speaker === 'Ruth Okafor' && q.text === 'Because the money runs out in May.')).toBe(
      true,
    );
  });

  // The heading check once backtracked exponentially on all-caps turns: this ran for minutes.
  it("reads an all-caps broadcast transcript turn by turn, each turn its speaker's", () => {
    const intro =
      'CNN transcript: The Lead\n\nJake Tapper interviewed Kate Bolduan on Monday, according to the transcript.\n\n';
    const pair =
      'JAKE TAPPER: WELCOME BACK TO THE LEAD WITH BREAKING NEWS FROM THE CAPITOL TONIGHT?\n\n' +
      'KATE BOLDUAN: THANK YOU JAKE, THE VOTE IS SET FOR NOON TOMORROW!\n\n';
    const quotes = analyzeArticle(intro + pair.repeat(50)).quotes;
    expect(quotes).toHaveLength(100);
    expect(quotes.filter((q) => q.speaker === 'Kate Bolduan')).toHaveLength(50);
    expect(quotes.filter((q) => q.speaker === 'Jake Tapper')).toHaveLength(50);
  });

  it('finds nothing in an article of apostrophes', () => {
    expect(analyzeArticle(repeat("' ")).quotes).toEqual([]);
  });
});
