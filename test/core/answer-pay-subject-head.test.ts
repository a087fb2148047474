import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Review B-r39-4: a name or a role inside the subject ("The law firm acting for Alan Fisk was paid …") is no
// person's pay: the firm's fee is what the thing cost. Invented copy: a harbour inquiry story.
const inquiry = (payLine: string) =>
  analyzeArticle(`Harbour inquiry reports

The inquiry into the flooding of Saltby harbour published its report on Tuesday.

The inquiry was chaired by Nora Quill, a former coroner, and sat for eighteen months.

${payLine}

The report blamed the harbour board for ignoring warnings about the sea wall.
`);

describe('a name or role inside the subject leaves the sum a cost (B-r39-4)', () => {
  it('the name or role is the object of a preposition or a participle in the subject', () => {
    for (const line of [
      'The law firm acting for Nora Quill was paid £1.8 million by the inquiry, the accounts show.',
      'The law firm acting for the chairman was paid £1.8 million by the inquiry, the accounts show.',
      'Lawyers representing Nora Quill were paid £1.8 million by the inquiry, the accounts show.',
    ])
      expect(answerQuestion(inquiry(line), 'How much did the inquiry cost?').answer, line).toContain('£1.8 million');
  });

  it('control: the name or role heading the subject is still that person’s pay', () => {
    for (const line of [
      'Nora Quill was paid £1.8 million by the inquiry, the accounts show.',
      'Former coroner Nora Quill was paid £1.8 million by the inquiry, the accounts show.',
      'The acting chairman was paid £1.8 million by the inquiry, the accounts show.',
    ])
      expect(answerQuestion(inquiry(line), 'How much did the inquiry cost?').answer, line).toBeNull();
  });
});
