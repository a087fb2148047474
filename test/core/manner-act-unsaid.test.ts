import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// fix55b, session 55 (audit 56 B-a56-9): "How will X vote?" answered by a sentence saying X's choice matters, not
// what it is. Composed copy.
const council = (line: string) =>
  analyzeArticle(
    [
      'Regional council split over bus plan',
      'The regional council will vote next week on a plan to cut rural bus routes.',
      'Four districts support the plan and four oppose it.',
      line,
    ].join('\n\n'),
  );

describe('how will <party> <verb>? over a sentence naming the party only as a possessor', () => {
  it('says the article does not say how', () => {
    const result = answerQuestion(
      council("A council officer said Brenhill's position would likely settle the matter."),
      'How will Brenhill vote on the plan?',
    );
    expect(result).toMatchObject({ answer: null, reason: 'The article does not say how.' });
  });

  it('answers when the party is the one acting (control)', () => {
    const result = answerQuestion(
      council('Brenhill will vote against the plan, its leader said on Tuesday.'),
      'How will Brenhill vote on the plan?',
    );
    expect(result.answer).toContain('against the plan');
  });
});
