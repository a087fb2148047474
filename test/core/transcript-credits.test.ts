import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { mergeTranscriptQuotes } from '../../src/core/transcript-quotes';

const fixture = (name: string): Analysis =>
  analyzeArticle(readFileSync(new URL(`../fixtures/transcripts/${name}.txt`, import.meta.url), 'utf8'));

function quoteStarting(quotes: Quote[], start: string): Quote {
  const quote = quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}" in ${JSON.stringify(quotes)}`);
  return quote;
}

describe('FAQ answers stay nobody’s: an interviewee only where the introduction sets up an interview', () => {
  it('reads "X spoke to reporters" and "the council examined" as a news intro, not an interview', () => {
    expect(fixture('faq-news-intro').quotes).toEqual([]);
  });

  it('reads a "Q&A:" headline that names no one as an explainer', () => {
    expect(fixture('faq-qa-explainer').quotes).toEqual([]);
  });

  it('reads the reader\'s questions ("Do I need ...") as an FAQ box even after an interview is mentioned', () => {
    expect(fixture('faq-reader-questions').quotes).toEqual([]);
  });

  it('still credits an interview the introduction sets up ("He spoke to our correspondent")', () => {
    const { quotes } = fixture('interview-narration');
    expect(quoteStarting(quotes, 'Water.').speaker).toBe('Tom Ashby');
    expect(quoteStarting(quotes, 'As long as my knees hold out.').speaker).toBe('Tom Ashby');
  });

  it('credits "In an interview with X" to X, never to the reporter who asks', () => {
    const { quotes } = analyzeArticle(
      'Harbour plans\n\nIn an interview with reporter Jane Doe on Friday, harbour master Peter Hart set out his plans for the quay. The interview has been edited for length.\n\nQ: Why move the ferries?\n\nA: Because the old berth floods twice a year.\n\nQ: When will you start?\n\nA: In the spring, once the funding is signed.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Peter Hart', 'Peter Hart']);
  });
});

describe('a turn ends where the writer takes over', () => {
  const { quotes } = fixture('interview-narration');

  it('joins a first-person paragraph that continues the answer', () => {
    expect(quoteStarting(quotes, 'Never.').text).toContain('We sold the dairy herd in 1998');
  });

  it('ends the answer at a paragraph about the interviewee, a "he said" paragraph or a dateline', () => {
    const text = quotes.map((q) => q.text).join('\n');
    expect(text).not.toContain('chairs the county');
    expect(text).not.toContain('plant earlier');
    expect(text).not.toContain('hosepipe');
    expect(quoteStarting(quotes, 'Water.').text).toBe(
      'Water. I said "give us the reservoir" to the minister and I meant it.',
    );
  });
});

describe('one quote, one speaker: quotation marks inside a transcript turn', () => {
  const { quotes } = fixture('interview-narration');

  it("reports the interviewee's own quoted words once, inside the answer", () => {
    expect(quotes.filter((q) => q.text.includes('give us the reservoir'))).toHaveLength(1);
  });

  it("keeps a quote the answer gives to someone else as that person's, never the interviewee's", () => {
    const inner = quotes.filter((q) => q.text.startsWith('never sell the land'));
    expect(inner).toHaveLength(1);
    expect(inner[0]!.speaker).not.toBe('Tom Ashby');
  });

  it('merges in article order, keeping only marked quotes of someone other than the turn speaker', () => {
    const turn = { text: 'turn', speaker: 'A', sentenceId: 2, sentenceIds: [2, 3] };
    const marked = [
      { text: 'before', speaker: 'B', sentenceId: 1 },
      { text: 'own words', speaker: 'A', sentenceId: 2 },
      { text: 'unattributed', speaker: null, sentenceId: 3 },
      { text: 'father', speaker: 'C', sentenceId: 3 },
      { text: 'after', speaker: null, sentenceId: 4 },
    ];
    expect(mergeTranscriptQuotes(marked, [turn]).map((q) => q.text)).toEqual(['before', 'turn', 'father', 'after']);
  });
});

describe('outlets and credit lines are never speakers', () => {
  it('reads "Charlotte Observer:" and "DURHAM DAILY PRESS:" labels as outlets, the person labels still people', () => {
    const { quotes } = fixture('outlet-labels');
    const speakers = quotes.map((q) => q.speaker);
    expect(speakers.filter((s) => s !== null && /Observer|Herald|Press/.test(s))).toEqual([]);
    expect(quoteStarting(quotes, 'Taxpayers were spared a debt they would').speaker).toBe('Jane Doe');
    expect(quoteStarting(quotes, 'We will find another site').speaker).toBe('Charlotte Kemp');
  });

  it('credits no quote to a wire signature ("— Reuters") or a credit line ("Editing By ...")', () => {
    const { quotes } = fixture('credit-lines');
    for (const start of [
      'Supply is tight',
      'We expect prices',
      'Nobody can guard',
      'This is a serious loss',
      'The delta has',
      'The army will',
    ])
      expect(quoteStarting(quotes, start).speaker).toBeNull();
    // A person's signature still credits the person, a rank that opens with "Staff" too.
    expect(quoteStarting(quotes, 'We will have the line open').speaker).toBe('Amaka Obi');
    expect(quoteStarting(quotes, 'I would go back tomorrow.').speaker).toBe('Leon Marsh');
  });

  it('lists the people a credit line names without its words ("Editing By Priya Nair" is Priya Nair)', () => {
    const names = fixture('credit-lines').entities.map((e) => e.name);
    expect(names).toContain('Priya Nair');
    expect(names.filter((n) => /\bBy\b/.test(n))).toEqual([]);
  });
});
