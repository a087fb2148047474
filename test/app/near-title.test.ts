import { describe, expect, it } from 'vitest';
import { isNearTitle } from '../../src/app/near-title';

const FERRY = 'Harbour council delays vote on ferry contract after cost questions';

describe('a title is offered for words that found nothing only when it is near them', () => {
  it('a shared word, stemmed, or a typo of one', () => {
    expect(isNearTitle('library hours', 'City libraries to close on Sundays')).toBe(true);
    expect(isNearTitle('fery contrct', FERRY)).toBe(true);
    expect(isNearTitle('libary', 'City libraries to close on Sundays')).toBe(true);
    expect(isNearTitle('cafe reopns', 'Café reopens')).toBe(true);
    expect(isNearTitle('flyyn imunity', 'Flynn seeks immunity')).toBe(true);
  });

  it('not letter runs, stopwords, other short words or a different first letter', () => {
    expect(isNearTitle('election results', FERRY)).toBe(false);
    expect(isNearTitle('football transfer', FERRY)).toBe(false);
    expect(isNearTitle('after the vote', 'Tax rise after the budget')).toBe(false);
    expect(isNearTitle('post office', FERRY)).toBe(false);
    expect(isNearTitle('tay', 'Tax rise')).toBe(false);
    // A swapped letter in a short word is mostly another word.
    expect(isNearTitle('ball', 'Senate passes budget bill')).toBe(false);
    expect(isNearTitle('cats', 'Council cuts library hours')).toBe(false);
  });
});
