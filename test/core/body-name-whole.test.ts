import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { writtenInside } from '../../src/core/written-inside';

// Session 57 (fix57c, from sp70's report): a body-typed run kept its lead-in cut ("Daily Ledger" → "Ledger", "the State
// Department" → "Department"); it keeps its whole name when the copy writes it inside a sentence, but an opener it
// swallowed at a sentence's start ("Even Republicans") still goes. Invented names of the shape.

describe('writtenInside', () => {
  it.each([
    ['Ann Lee, a spokeswoman for the Daily Ledger, said', true],
    ['The Daily Ledger said. Daily Ledger staff agreed', true],
    ['Daily Ledger staff agreed.', false],
    ['It rained. Daily Ledger staff agreed.', false],
  ])('reads "%s": %s', (text, inside) => {
    expect(writtenInside('Daily Ledger', text)).toBe(inside);
  });
});

describe('a body’s whole name in who is who', () => {
  it('keeps a body’s first word the copy writes inside a sentence, not an opener at a sentence’s start', () => {
    const a = analyzeArticle(
      'Ann Lee, a spokeswoman for the Daily Ledger, said the paper would appeal. "We will fight this," she said. ' +
        'The Daily Ledger has lost two cases this year. Republicans in the state senate backed the ruling. ' +
        'Even Republicans said the ruling was wrong, however. "It is a disgrace," said Tom Hale.',
      { title: 'Paper appeals' },
    );
    expect(whoIsWho(a).organizations).toEqual(['Daily Ledger', 'Republicans']);
  });
});
