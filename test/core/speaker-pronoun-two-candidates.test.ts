import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (paragraphs: string[]): Array<string | null> =>
  analyzeArticle(`Headline\n\n${paragraphs.join('\n\n')}`).quotes.map((q) => q.speaker ?? null);

/**
 * A "he said" with two men in reach says less (issue 11, precision; review s35 B-main-68, B-main-74): the nearest man
 * introduced as the other's relation ("His deputy, …") is no better a candidate than the man the passage is about,
 * and a quotation after a "she said" aside is the aside's words, never the name inside its clause. Copy written for
 * the test, in US and British house styles.
 */
describe('a pronoun with two candidates', () => {
  it('names no one when the latest man is introduced as the other man’s relation (US style)', () => {
    const quotes = speakers([
      'Dr. Walter Brandt has led the hospice since 2004. His deputy, Owen Pike, arrived from Ohio last year.',
      '“Nobody here has seen a winter like this one,” he said.',
    ]);
    expect(quotes).toEqual([null]);
  });

  it('names no one in British style either', () => {
    const quotes = speakers([
      'Gordon Pryce has chaired the trust since 2009. His finance director, Colin Marsh, took over the budget last spring.',
      "'We are in a better place than we were,' he said.",
    ]);
    expect(quotes).toEqual([null]);
  });

  it('names no one for a "she said" aside with no woman in reach, not the man in its clause', () => {
    const quotes = speakers(['What upset her most, she said, was that Mr. Fenwick “never once said sorry.”']);
    expect(quotes).toEqual([null]);
  });

  it('control: the one man in reach still resolves when the other person is a woman', () => {
    const quotes = speakers([
      'Dr. Helen Brandt has led the hospice since 2004. Her deputy, Owen Pike, arrived from Ohio last year.',
      '“Nobody here has seen a winter like this one,” he said.',
    ]);
    expect(quotes).toEqual(['Owen Pike']);
  });

  it('control: the woman the passage is about keeps her "she said"', () => {
    const quotes = speakers([
      'Dr. Helen Brandt has led the hospice since 2004. Her deputy, Owen Pike, arrived from Ohio last year.',
      '“Nobody here has seen a winter like this one,” she said.',
    ]);
    expect(quotes).toEqual(['Helen Brandt']);
  });

  it('control: a possessive opening a clause is no relation ("At his rallies, Tom Pryce …")', () => {
    const quotes = speakers([
      'Mark Ellis introduced him. At his rallies, Tom Pryce talks about jobs. “We will build,” he said.',
    ]);
    expect(quotes).toEqual(['Tom Pryce']);
  });

  it('control: a relation who has spoken is the speaker of the next "he said"', () => {
    const quotes = speakers([
      'Walter Brandt runs the hospice. His deputy, Owen Pike, said on Monday that the staff were tired. “We need help,” he said.',
    ]);
    expect(quotes).toEqual(['Owen Pike']);
  });

  it('control: a "she said" aside after the woman the passage is about is hers', () => {
    const quotes = speakers([
      'In her New Year speech, Chancellor Greta Holm warned against the forces of hate brewing in the country.',
      'Her countrymen, she said, should not listen to “those with coldness in their hearts.”',
    ]);
    expect(quotes).toEqual(['Greta Holm']);
  });
});
