import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';

function quotes(body: string): Quote[] {
  return analyzeArticle(`Headline\n\n${body}`).quotes;
}

const texts = (body: string): string[] => quotes(body).map((q) => q.text);

describe('quoted spans that are not speech (issue 11, quote precision on PolNeAR)', () => {
  it('reads an opening curly mark set where the closer belongs as the closer', () => {
    const body =
      'He called Mexican immigrants “criminals” and “rapists“ while calling to erect a border wall. ' +
      '“We will build it,” Trump said on Monday.';
    const found = texts(body);
    expect(found.some((t) => t.startsWith('while calling'))).toBe(false);
    const quote = quotes(body).find((q) => q.text.startsWith('We will build it'));
    expect(quote?.speaker).toBe('Trump');
  });

  it('does not report an HTML attribute value left in the copy as a quote', () => {
    const body =
      'Here are the reasons.\n\n<tweet tweet-author="just look at Western Europe" tweet-date="May 1">\n\n' +
      '"We are ready," said Anna Berg.';
    expect(texts(body)).toEqual(['We are ready,']);
  });

  it("does not report a reading list's excerpt of a linked piece as anyone's words", () => {
    const body =
      '"Beloved nightclub to close," by Times\' Ben Sisario: "The Living Room, a no-frills nightclub that gave an early start to Norah Jones, will close at the end of December." http://nyti.ms/1U0Xvbm.\n\n' +
      '"It was our home," said Anna Berg, a singer.';
    const found = quotes(body);
    expect(found.map((q) => q.text)).toEqual(['It was our home,']);
    expect(found[0]!.speaker).toBe('Anna Berg');
    // A post quoted with its own link, or a quote with a tag, is still someone's words.
    expect(texts('Trump wrote on Twitter: "Crooked Hillary is at it again!" https://t.co/x1y2z3')).toEqual([
      'Crooked Hillary is at it again!',
    ]);
    expect(texts('Anna Berg said: "We will open again in the spring." http://example.com/berg')).toEqual([
      'We will open again in the spring.',
    ]);
  });

  it('reads titles listed after a title as titles, not quotes', () => {
    const body =
      'Howard, who had roles in "How the Grinch Stole Christmas," "Apollo 13," and "Austin Powers: The Spy Who Shagged Me," had no praise for Clinton.';
    expect(texts(body)).toEqual([]);
  });

  it('reads a few quoted words in a sentence where no one speaks as the reporter’s term', () => {
    expect(
      texts('More than 1,500 employees were working full time as part of a "launch team" set to prepare.'),
    ).toEqual([]);
    expect(texts('Facebook had activated its "safety check" feature for people in Nice.')).toEqual([]);
  });

  it('keeps the same few words as speech when a cue, a tag or a speaker claims them', () => {
    // A cue in the sentence: the annotators' attribution.
    expect(texts('Sanders called the plan a "launch team" for failure.')).toEqual(['launch team']);
    // A tag next to the quote.
    expect(texts('"Launch team," Anna Berg said.')).toEqual(['Launch team,']);
    // A sentence end: a short utterance, not a term.
    expect(texts('The crowd roared back: "Never again!"')).toEqual(['Never again!']);
  });

  it('stays linear on a sentence of thousands of quoted terms', () => {
    const body = 'part of a "launch team" and '.repeat(4000);
    expect(texts(body)).toEqual([]);
  });
});
