import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { foldHyphenCompounds } from '../../src/core/fold-hyphen-compounds';
import { firstCited } from '../support/count-answers';

// The tokenizer keeps a hyphenated word whole and the stemmer cuts it as one ("frozen-meals" -> "frozen-m"), so a
// question's "frozen-meals" never met the copy's "frozen meals", nor the other way round. Composed copy.
const story = `Grocer buys pie maker

By Lena Ford

Harlow Foods, the grocery chain, has posted higher sales for the third quarter in a row.

The chain said on Tuesday it had bought Pennine Kitchens, a frozen meals maker based in Halifax, from its founders.

Harlow also opened two stores in Leeds.
`;
const grocer = analyzeArticle(story);

describe('a hyphenated compound of two English words reads as its two words', () => {
  it('splits a common compound, at the start of a sentence too', () => {
    expect(foldHyphenCompounds('a frozen-meals maker')).toBe('a frozen meals maker');
    expect(foldHyphenCompounds('Long-term plans')).toBe('Long term plans');
    expect(foldHyphenCompounds('a working-class town')).toBe('a working class town');
  });

  it('keeps names, a compound against its second word, one ending in a participle, and longer chains whole', () => {
    for (const text of [
      'Coca-Cola',
      'an anti-Trump group',
      'a non-profit trust',
      'a get-out-the-vote drive',
      'e-mail',
      'a best-selling book',
      'a court-ordered review',
    ])
      expect(foldHyphenCompounds(text)).toBe(text);
  });

  it('"which frozen-meals maker did Harlow buy?" meets the copy\'s "frozen meals maker"', () => {
    expect(firstCited(grocer, 'Which frozen-meals maker did Harlow buy?')).toMatch(/^The chain said on Tuesday/);
  });

  it("the copy's compound meets the question's two words", () => {
    const hyphened = analyzeArticle(story.replace('frozen meals maker', 'frozen-meals maker'));
    expect(firstCited(hyphened, 'Which frozen meals maker did Harlow buy?')).toMatch(/^The chain said on Tuesday/);
  });
});
