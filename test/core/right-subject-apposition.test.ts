import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * fix39a's side effect (review s39, left in its paragraph): a lone surname that ends like an agent plural and that
 * the copy writes only where a sentence opens read as a common plural, "Are sanders right …". A singular apposition
 * beside it ("Sanders, the council leader,") says one person. Copy written for the test.
 */
describe('"Is X right that …": a lone surname with a singular apposition is one person', () => {
  const asked = (sentence: string) =>
    analyzeArticle(
      [
        'Allotment news in brief',
        '',
        'Halden council met on Tuesday evening to discuss the future of the allotments beside the railway line.',
        '',
        sentence,
        '',
        'The allotments, which date from 1919, have 60 plots and a waiting list of about 90 people.',
      ].join('\n'),
    ).questions.map((q) => q.text);
  const claim =
    'insisted that the council sold the allotment site last spring without a vote, which the council disputes.';

  it.each([
    ['Sanders, the council leader,', 'Is Sanders right'],
    ['Walters, a retired teacher,', 'Is Walters right'],
    ['Rogers, an architect who rents a plot,', 'Is Rogers right'],
  ])('%s', (subject, opening) => {
    expect(asked(`${subject} ${claim}`)).toContain(
      `${opening} that the council sold the allotment site last spring without a vote?`,
    );
  });

  it.each([
    ['Gardeners, the ones who rent the plots,', 'Are gardeners right'],
    ['Gardeners', 'Are gardeners right'],
  ])('control: %s', (subject, opening) => {
    expect(asked(`${subject} ${claim}`)).toContain(
      `${opening} that the council sold the allotment site last spring without a vote?`,
    );
  });
});
