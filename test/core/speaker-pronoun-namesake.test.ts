import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Valley lives\n\n${body}`).quotes.map((q) => q.speaker);

/**
 * Session 47, fix47a (audit 48 B-a48-2): a "she said" whose antecedent is a bare surname two people of the copy share
 * ("Brannigan" beside Ida and Walter Brannigan) is the one namesake the pronoun's sex fits, printed in full (none
 * fitting: no one); when several fit, the surname stays as the copy writes it.
 */
describe('a pronoun tag after a surname namesakes share', () => {
  const OBITUARY =
    'Ida Brannigan, who ran the lending library in Corrow for 30 years, died on Monday. She was 84.\n\n' +
    'Brannigan opened the first mobile library in the county. "Books should go where people are," she told a local paper in 1981.\n\n' +
    'Her husband, Walter Brannigan, a bus driver, died in 2003.';

  it('names the namesake of the pronoun’s sex', () => {
    expect(quoteSpeakers(OBITUARY)).toEqual(['Ida Brannigan']);
  });

  it('names the namesake of a "he" as well', () => {
    const he = OBITUARY.replace('Ida Brannigan, who ran', 'Helen Brannigan, who ran').replace(
      '," she told',
      '," he told',
    );
    expect(quoteSpeakers(he)).toEqual(['Walter Brannigan']);
  });

  it('keeps the surname as the copy writes it when two namesakes fit (control)', () => {
    const sisters = OBITUARY.replace(
      'Her husband, Walter Brannigan, a bus driver,',
      'Her sister, Rose Brannigan, a teacher,',
    );
    expect(quoteSpeakers(sisters)).toEqual(['Brannigan']);
  });

  it('keeps a surname one person bears (control)', () => {
    const alone = OBITUARY.replace('Her husband, Walter Brannigan, a bus driver,', 'Her husband, a bus driver,');
    expect(quoteSpeakers(alone)).toEqual(['Ida Brannigan']);
  });
});
