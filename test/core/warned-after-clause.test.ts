import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const questions = (sentence: string): string[] =>
  analyzeArticle(`Markets close lower\n\n${sentence}`).questions.map((q) => q.text);

/** Review s32 B-main-24: "X fell after Y warned that Z" asked "Is X fell after Y right that Z?". */
describe('a clause before "after … warned" is no subject to ask "Is … right"', () => {
  it.each([
    'Shares in the company fell 12% after it warned that profits would be lower than expected.',
    'The pound fell after the Bank of England warned that inflation would stay high.',
    'Shares slid when traders warned that profits would fall.',
  ])('%s', (sentence) => {
    const asked = questions(sentence);
    expect(asked.some((q) => / right that /.test(q))).toBe(false);
    // A lone warning with no rival in reach is one side's claim, not a dispute (fu64, sample 61 S61-4).
    expect(asked).toContain(`Unverified: “${sentence}”`);
  });

  it('controls: a noun phrase subject is still asked', () => {
    expect(questions('Analysts at the bank warned that inflation would stay high.').join(' ')).toMatch(
      /right that inflation would stay high\?/,
    );
  });
});
