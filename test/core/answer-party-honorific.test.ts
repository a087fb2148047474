import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

const article = analyzeArticle(
  [
    'A hospital trust has denied claims it covered up the death of a patient who waited 14 hours in A&E.',
    'The trust’s chief executive, Dr Anil Rao, said an investigation was under way and the findings would be published in the new year.',
    '"We are deeply sorry for the family’s loss," Dr Rao said.',
    'The coroner will hold an inquest in February.',
  ].join('\n\n'),
  { title: 'Hospital trust denies covering up death' },
);

/** Review s32 B-main-26: "has Dr Rao responded?" said the article does not report that he commented. */
describe('an honorific in the asked party is no word the copy must share', () => {
  it.each(['Has Dr Rao responded?', 'Has Dr. Rao responded?'])('%s', (question) => {
    const result = answerQuestion(article, question);
    expect(result.answer).toContain('Rao');
  });

  it('controls: the party without the honorific, and a party the copy never names', () => {
    expect(answerQuestion(article, 'Has Rao commented?').answer).toContain('Rao');
    expect(answerQuestion(article, 'Has Dr Patel responded?').answer).toBeNull();
  });
});
