import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { headlineCheck } from '../../src/core/headline-check';

function sentencesOf(texts: string[]): ReturnType<typeof analyzeArticle>['sentences'] {
  return analyzeArticle(['Heading', '', ...texts.flatMap((t) => [t, ''])].join('\n')).sentences;
}

describe('headline claim verbs are looked up as words, not object members', () => {
  it.each([
    ['Bridge Constructor Opens New Depot', 'The firm opened a depot in Leeds on Monday.'],
    ['Toy Constructor Hires Fifty', 'The company took on fifty staff this week.'],
  ])('a headline word that names an Object.prototype member is no claim verb: %s', (title, lead) => {
    expect(headlineCheck(title, sentencesOf([lead, 'More follows.']))).toBeNull();
  });

  it('a claim verb the body never reports is still asked about', () => {
    const sentences = sentencesOf(['The firm opened a depot in Leeds on Monday.', 'More follows.']);
    expect(headlineCheck('Bridge Constructor Rejects Bid', sentences)?.text).toMatch(/supports its headline/);
  });
});
