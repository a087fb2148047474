import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

describe('a flagged passage in one very long sentence', () => {
  it('is analysed, not thrown: 120,000 words in the sentence a claim opens (an upload may hold one)', () => {
    const sentence = `Officials say ${'the plan will work and '.repeat(25_000)}the budget is fine.`;
    const analysis = analyzeArticle(`Council news\n\n${sentence}`);
    // The claim is still flagged, shortened to a passage, not dropped.
    expect(analysis.questions.length).toBe(1);
    expect(analysis.questions[0]!.text.length).toBeLessThan(1_000);
  });

  it('control: the same claim in a short sentence is flagged the same way', () => {
    const analysis = analyzeArticle('Council news\n\nOfficials say the plan will work and the budget is fine.');
    expect(analysis.questions.length).toBe(1);
  });
});
