import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const questions = (sentence: string): string[] =>
  analyzeArticle(`Library cuts\n\n${sentence}`).questions.map((q) => q.text);

/** Review s32 B-main-1: a quoted noun phrase was glued after "charge that". */
describe('only a clause follows "charge that"', () => {
  it('a quoted noun phrase is shown as the passage, not asked', () => {
    const sentence = 'The opposition leader, Tom Reid, called the decision "a betrayal of every family in this town".';
    const asked = questions(sentence);
    expect(asked.some((q) => q.includes('charge that a betrayal'))).toBe(false);
    expect(asked).toContain(`Disputed: “${sentence.replace(/"([^"]*)"/, '‘$1’')}”`);
  });

  it.each([
    [
      'The council will try again to sell the depot. Conservative MP Jane Holt said: "The first attempt to sell the depot proved a complete fiasco."',
      "Who answers Jane Holt's charge that the first attempt to sell the depot proved a complete fiasco?",
    ],
    [
      'Governor Chris Dale attacked the senator on Monday. "She\'s a disgrace," Dale said of Senator Ann Cole.',
      "Who answers Chris Dale's charge that she's a disgrace?",
    ],
  ])('controls: a quoted clause is still put as a charge', (sentence, question) => {
    expect(questions(sentence)).toContain(question);
  });
});
