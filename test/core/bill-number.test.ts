import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { questionType } from '../../src/core/question-type';

// Audit 62 (B-a62-13): "S. 2217" is a bill's designation, so "what is the bill's number?" cites it rather than
// declining, and "the bill's number" is no sum of money. Composed copy.
const article = (line: string) =>
  analyzeArticle(
    [
      'Senate panel takes up rural broadband bill',
      line,
      'The measure would send $4 billion to states over six years, her office said.',
      'Telecom groups said they would study the text before taking a position.',
    ].join('\n\n'),
  );

describe("the bill's number", () => {
  it('is asked as a figure, not a sum, and "the bill for the repairs" is still money', () => {
    expect(questionType("What is the bill's number?")).toBe('amount');
    expect(questionType('What is the bill for the repairs?')).toBe('money');
  });

  it('cites the sentence giving a federal designation', () => {
    const a = article('Senator Mara Quist introduced S. 3184, a bill to wire rural schools, on Wednesday.');
    expect(answerQuestion(a, "What is the bill's number?").answer).toContain('S. 3184');
    expect(answerQuestion(a, 'What is the number of the bill?').answer).toContain('S. 3184');
  });

  it('cites a state designation', () => {
    const a = article('State Senator Mara Quist filed SB 612 on Wednesday to wire rural schools.');
    expect(answerQuestion(a, "What is the measure's number?").answer).toContain('SB 612');
  });

  it('declines when the copy gives no designation (control)', () => {
    const a = article('Senator Mara Quist introduced a bill to wire rural schools on Wednesday.');
    expect(answerQuestion(a, "What is the bill's number?").answer).toBeNull();
  });
});
