import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quotes = (body: string) => analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => [q.text, q.speaker]);

/**
 * Where a quotation ends (issue 11, session 39): a straight closing mark typed with a space before
 * it, which the sentence splitter leaves at the start of the next sentence, and an excerpt quoted
 * in straight marks and left open, whose next paragraph opens a curly-marked quote of its own.
 */
describe('quote span boundaries', () => {
  it('closes a quote at a spaced straight mark after a question mark', () => {
    const body =
      'The mayor spoke to the radio station on Tuesday.\n\n' +
      '"We keep hearing about a new depot from the council. Well, who is going to pay for it? " Ada Quint asked, according to a recording of the show.\n\n' +
      'The council did not reply.';
    expect(quotes(body)).toEqual([
      ['We keep hearing about a new depot from the council. Well, who is going to pay for it?', 'Ada Quint'],
    ]);
  });

  it('still re-opens a quote at a straight mark with a word after it (control)', () => {
    const body =
      '"The council met behind closed doors on Monday and left without a decision on the depot.\n\n' +
      '"Not the people of this town," Ada Quint said on Tuesday.';
    expect(quotes(body)).toEqual([
      [
        'The council met behind closed doors on Monday and left without a decision on the depot. Not the people of this town,',
        'Ada Quint',
      ],
    ]);
  });

  it('does not carry a straight-marked excerpt into a curly-marked quote', () => {
    const body =
      'The Harbour Gazette described the meeting this way:\n\n' +
      '"The council met behind closed doors on Monday and left without a decision on the depot.\n\n' +
      '\u201cWe will decide in the spring,\u201d said Ada Quint, the council leader.';
    expect(quotes(body).map(([text]) => text)).toEqual([
      'The council met behind closed doors on Monday and left without a decision on the depot.',
      'We will decide in the spring,',
    ]);
  });

  it('still carries a quote on into a paragraph that re-opens in the same style (control)', () => {
    const body =
      '\u201cThe council met behind closed doors on Monday and left without a decision on the depot.\n\n' +
      '\u201cWe will decide in the spring,\u201d said Ada Quint, the council leader.';
    expect(quotes(body)).toEqual([
      [
        'The council met behind closed doors on Monday and left without a decision on the depot. We will decide in the spring,',
        'Ada Quint',
      ],
    ]);
  });
});
