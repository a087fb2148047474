import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { causeGiven } from '../../src/core/cause-given';

// Review s42 B-r42-9: "why did Kerr resign?" was answered by a sentence about Kerr that gives no cause. A why-answer's
// first cited sentence must give a cause or purpose, or the reply says the article doesn't say. Invented copy.
const story = analyzeArticle(`Library trust chair steps down

Ruth Kerr, the trust's finance director, resigned on Wednesday. Kerr said the trust had spent £400,000 on the new roof since June.

Alan Pryce resigned as chairman of the Dunmore Library Trust on Tuesday after the council cut its grant by half.

The reading room will stay open on Saturdays, the trust's secretary, Joan Hale, said.
`);

describe('a why-answer must give a cause', () => {
  it('says the article does not say when the best sentence gives no reason', () => {
    expect(answerQuestion(story, 'why did Kerr resign?')).toMatchObject({
      answer: null,
      reason: 'The article gives no reason for it.',
    });
  });

  it('control: a sentence giving the cause ("after the council cut its grant") still answers', () => {
    const answer = answerQuestion(story, 'why did Pryce resign?');
    expect(answer.answer).toContain('after the council cut its grant');
  });

  it('reads "after" and "over" before an event as a cause, before a date as time', () => {
    expect(causeGiven('She quit over the ferry deal.')).toBe(true);
    expect(causeGiven('To prevent delays, the council bought the site.')).toBe(true);
    expect(causeGiven('The trust has spent £400,000 since June.')).toBe(false);
    expect(causeGiven('He resigned after March.')).toBe(false);
    expect(causeGiven('Sales rose over the past year.')).toBe(false);
  });
});
