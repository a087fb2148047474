import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

const NOT_REPORTED = 'The article does not report that they commented.';
const article = analyzeArticle(
  [
    'A hospital trust has denied claims it covered up the death of a patient who waited 14 hours in A&E.',
    'Sarah Mitchell, 72, died at Kingsmere General Hospital in August after being left on a trolley, her family said.',
    'Her son, David Mitchell, said staff had told the family she would be seen "within the hour".',
    'The trust’s chief executive, Anil Rao, said an investigation was under way.',
    'The coroner will hold an inquest in February.',
  ].join('\n\n'),
  { title: 'Hospital trust denies covering up death' },
);

/** Review s32 B-main-26: "has the family responded?" said the article does not report it beside "…, her family said." */
describe('"does not report that they commented" only when the party speaks nowhere', () => {
  it('a party that speaks somewhere below the ranked sentences gets no such line', () => {
    const result = answerQuestion(article, 'Has the family responded?');
    expect('reason' in result ? result.reason : undefined).not.toBe(NOT_REPORTED);
  });

  it('controls: a party that never speaks still gets it, and one that speaks first is cited', () => {
    const never = answerQuestion(article, 'Has the coroner responded?');
    expect('reason' in never ? never.reason : undefined).toBe(NOT_REPORTED);
    expect(answerQuestion(article, 'Has Anil Rao responded?').answer).toContain('investigation was under way');
  });
});
