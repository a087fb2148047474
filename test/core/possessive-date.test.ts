import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans80, session 59: a time said as the asked thing's possessive ("next month's budget") dates the thing itself, where
// the best sentence says the asked verb of another object (audit 59's B-a59-7 shape, whose decline lost it). Composed.
const article = (lead: string) =>
  analyzeArticle(
    [
      'Road tax decision delayed',
      lead,
      'Haulage firms have warned that drivers cannot afford a rise.',
      'A source close to the finance minister said no decision would be taken until the Budget Review Board delivers its forecast next week.',
    ].join('\n\n'),
  );

describe('a when-question over a possessive time', () => {
  it('cites the sentence dating the asked thing by a possessive', () => {
    const r = answerQuestion(
      article('The finance minister is weighing whether to lift the cap on road tax in next month’s budget.'),
      'When is the budget being delivered?',
    );
    expect(r.answer).toContain('next month’s budget');
  });

  it('still declines when no possessive dates the asked thing (control)', () => {
    const r = answerQuestion(
      article('The finance minister is weighing whether to lift the cap on road tax in the budget.'),
      'When is the budget being delivered?',
    );
    expect(r.answer).toBeNull();
  });
  // Review 61's R61-2: the possessive dates only the phrase's head, and a past possessive no act still to come.
  it('does not date the asked thing by a possessive of a compound it only modifies (control)', () => {
    const r = answerQuestion(
      article('Opposition MPs said next month’s budget debate in the upper house would be heated.'),
      'When is the budget being delivered?',
    );
    expect(r.answer).toBeNull();
  });

  it('does not date a future act by a past possessive (control)', () => {
    const r = answerQuestion(
      article('The finance minister is weighing whether to lift the cap on road tax after yesterday’s budget.'),
      'When will the budget be delivered?',
    );
    expect(r.answer).toBeNull();
  });
});
