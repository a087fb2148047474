import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteTexts = (body: string): string[] => analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => q.text);

describe('a single mark after a plural in British copy', () => {
  it('closes the quote when another quote opens before any later mark could close it', () => {
    const body =
      "The minister admitted there were 'some weak points' but said 'they are smaller than the unions are claiming'. " +
      "'We will keep talking,' she said.";
    expect(quoteTexts(body)).toEqual([
      'some weak points',
      'they are smaller than the unions are claiming',
      'We will keep talking,',
    ]);
  });

  it('still reads a plural possessive inside a quote when no quote opens after it', () => {
    const body = "'We want the farmers' voices heard in the talks,' said Ms Ruth Kerr. 'It matters.'";
    expect(quoteTexts(body)).toEqual(["We want the farmers' voices heard in the talks,", 'It matters.']);
  });

  it('leaves copy in double marks alone', () => {
    const body = "\"We backed the growers' plan,\" said Tom Vale. The growers' 'fair deal' stands.";
    expect(quoteTexts(body)).toEqual(["We backed the growers' plan,"]);
  });
});

/** Review s32 B-qp43-1: a split quote whose first half holds a plural possessive was cut at the possessive. */
describe('a plural possessive in the first half of a split British quote', () => {
  it.each([
    [
      "'We want the farmers' voices heard in the talks,' said Ms Ruth Kerr, 'and we want it done before the summer.'",
      "We want the farmers' voices heard in the talks,",
    ],
    ["'Parents' trust has been broken,' she said, adding that 'nobody listened'.", "Parents' trust has been broken,"],
  ])('%s', (body, first) => {
    expect(quoteTexts(body)[0]).toBe(first);
  });
});
