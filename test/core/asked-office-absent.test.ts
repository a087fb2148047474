import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans75b, session 54: "Who is <Org>'s chief executive?" was answered by a sentence about another of its officers
// (audit 55 B-a55-33). Composed copy.
const story = (office: string) =>
  analyzeArticle(
    [
      'Kestrel Freight fined over late deliveries',
      `Kestrel's ${office}, Ann Moss, said the company would appeal the fine imposed on Monday.`,
      'The regulator said deliveries had been late on more than 400 days since 2021.',
    ].join('\n\n'),
  );

describe("who is <Org>'s <office>, over a sentence naming another office", () => {
  it('says the article does not name the holder', () => {
    expect(answerQuestion(story('regional operations manager'), "Who is Kestrel's chief executive?")).toMatchObject({
      answer: null,
      reason: 'The article does not name the holder of that office.',
    });
  });

  it('answers when the sentence names the office (control)', () => {
    expect(answerQuestion(story('chief executive'), "Who is Kestrel's chief executive?").answer).toContain('Ann Moss');
  });
});
