import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

function split(text: string): string[] {
  return splitSentences(cleanArticle(text, { title: 'T' })).map((s) => s.text);
}

describe('a currency abbreviated before its amount (sample 61, S61-1)', () => {
  it('keeps "Rs. 380 million" inside its sentence', () => {
    const text =
      'Officials said the winning offer for the ferries was Rs. 380 million above the cheapest bid. ' +
      'The board has not explained why.';
    expect(split(text)).toEqual([
      'Officials said the winning offer for the ferries was Rs. 380 million above the cheapest bid.',
      'The board has not explained why.',
    ]);
  });

  it('reads rupiah, taka and shillings the same way', () => {
    expect(
      split('The levy raised Rp. 5 trillion, Tk. 200 crore and KSh. 2 billion last year, the ministry said.'),
    ).toHaveLength(1);
  });

  it('still ends a sentence on the abbreviation before a capitalised word', () => {
    expect(split('The fare is quoted in Rs. Passengers pay on board.')).toEqual([
      'The fare is quoted in Rs.',
      'Passengers pay on board.',
    ]);
  });
});
