import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * The shapes hand-read sample 42 found (docs/hand-read-questions.md, "Sample 42", engine 66), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `33fb66e7`.
 */
const questionsOf = (body: string): string[] =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).questions.map((q) => q.text);

describe('a doubt is asked as a doubt, not as the doubter’s claim (#39)', () => {
  it('"expressed doubt that X" asks whether they are right to doubt X', () => {
    const qs = questionsOf('The White House expressed doubt that the ferry company had the money to build a new pier.');
    // Was "Is the White House right that the ferry company had the money to build a new pier?": the reverse of it.
    expect(qs).toContain('Is the White House right to doubt that the ferry company had the money to build a new pier?');
    expect(qs.join(' ')).not.toMatch(/right that the ferry company/);
  });

  it('control: "expressed concern that X" is shown as before, and a doubt with no that-clause asks nothing', () => {
    const concern = 'The White House expressed concern that the ferry company had the money to build a new pier.';
    expect(questionsOf(concern)).toContain(`Disputed: “${concern}”`);
    const about = 'The White House expressed doubts about the ferry company’s plan to build a new pier.';
    expect(questionsOf(about)).toContain(`Disputed: “${about}”`);
  });
});
