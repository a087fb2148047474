import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans75b, session 54: "Which company won the contract?" was answered by a sentence naming no company (audit 55
// B-a55-32). Composed copy.
const story = (award: string) =>
  analyzeArticle(
    [
      'Eastlake tunnel costs questioned',
      `${award}`,
      'Opposition transport spokeswoman Jo Bell wants the auditor to review the tender process.',
      'The tunnel is due to open in 2029, two years later than first promised.',
    ].join('\n\n'),
  );

describe('which company, over a sentence naming no company', () => {
  it('says the article does not name it', () => {
    const unnamed = story('The state government says it will build the tunnel without new borrowing.');
    expect(answerQuestion(unnamed, 'Which company won the contract to build the tunnel?')).toMatchObject({
      answer: null,
      reason: 'The article does not name the company.',
    });
  });

  it('answers from the sentence naming the firm (control)', () => {
    const named = story('Brightwater Construction Ltd won the contract to build the Eastlake tunnel in March.');
    expect(answerQuestion(named, 'Which company won the contract to build the tunnel?').answer).toContain(
      'Brightwater',
    );
  });
});
