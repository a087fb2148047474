import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/** The allotment story the tests put one sentence into; copy written for the tests. */
const article = (sentence: string) =>
  [
    'Allotment news in brief',
    '',
    'Halden council met on Tuesday evening to discuss the future of the allotments beside the railway line.',
    '',
    sentence,
    '',
    'The allotments, which date from 1919, have 60 plots and a waiting list of about 90 people.',
  ].join('\n');
const asked = (sentence: string) => analyzeArticle(article(sentence)).questions.map((q) => q.text);

/**
 * Review s39 B-r39-11 (fix39a): "Is X right that …" agrees with a lone plural that opens its sentence and lowers its
 * capital when the copy capitalises it nowhere else, as the denial template does (sample 35); a name keeps both. Copy
 * written for the test.
 */
describe('"Is X right that …" with a lone plural opening its sentence (B-r39-11)', () => {
  it.each([
    [
      'Gardeners insisted that the council sold the allotment site last spring without a vote, which the council disputes.',
      'Are gardeners right that the council sold the allotment site last spring without a vote?',
    ],
    [
      'Gardeners warned that the council would sell the allotment site next spring.',
      'Are gardeners right that the council would sell the allotment site next spring?',
    ],
    [
      'Plotholders insist that the council sold the allotment site last spring without a vote, which the council disputes.',
      'Are plotholders right that the council sold the allotment site last spring without a vote?',
    ],
  ])('%s', (sentence, question) => {
    expect(asked(sentence)).toContain(question);
  });
  it.each([
    [
      'Democrats insisted that the council sold the allotment site last spring without a vote, which the council disputes.',
      'Are Democrats right that the council sold the allotment site last spring without a vote?',
    ],
    [
      'Unison insisted that the council sold the allotment site last spring without a vote, which the council disputes.',
      'Is Unison right that the council sold the allotment site last spring without a vote?',
    ],
    [
      'Conservatives insisted that the council sold the allotment site last spring without a vote, which the council disputes. A Conservative councillor asked for the minutes.',
      'Are Conservatives right that the council sold the allotment site last spring without a vote?',
    ],
    [
      'Withers insists that the council sold the allotment site last spring without a vote, which the council disputes.',
      'Is Withers right that the council sold the allotment site last spring without a vote?',
    ],
    [
      'Councillor Jo Withers spoke first. Withers insisted that the council sold the allotment site last spring without a vote, which the council disputes.',
      'Is Withers right that the council sold the allotment site last spring without a vote?',
    ],
  ])('control: %s', (sentence, question) => {
    expect(asked(sentence)).toContain(question);
  });
});

/**
 * fix39a's side effect (review s39, left in its paragraph): a lone surname that ends like an agent plural and that
 * the copy writes only where a sentence opens read as a common plural, "Are sanders right …". A singular apposition
 * beside it ("Sanders, the council leader,") says one person. Copy written for the test.
 */
describe('"Is X right that …": a lone surname with a singular apposition is one person', () => {
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
