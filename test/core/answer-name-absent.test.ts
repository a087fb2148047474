import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans66b, session 48: "What is the woman's name?" was answered by a sentence about her that gives no name (audit 49,
// B-a49-4's class); a name question now asks who she is and declines over a sentence naming no one new. Composed copy.
const story = (driver: string): ReturnType<typeof analyzeArticle> =>
  analyzeArticle(
    [
      'Lorry driver hurt in Dunmore Road crash',
      `${driver} was taken to hospital after his lorry left Dunmore Road near Carrow on Friday morning.`,
      'The road was closed for six hours while the lorry was recovered.',
      'Police said the van driver involved was not hurt.',
    ].join('\n\n'),
  );

describe('a name question over a sentence that names no one new', () => {
  it('says the article does not give the name', () => {
    expect(
      answerQuestion(story('The driver, who is in his 50s,'), 'What is the name of the driver taken to hospital?'),
    ).toMatchObject({
      answer: null,
      reason: 'The article does not give the name.',
    });
  });

  it('asks who the driver is: the sentence naming him answers "what is the lorry driver\'s name?"', () => {
    expect(answerQuestion(story('The driver, Tom Reilly, 52,'), "What is the lorry driver's name?").answer).toContain(
      'Tom Reilly',
    );
  });

  it('keeps the answer naming him, and a who-question over the unnamed copy (controls)', () => {
    const named = story('The driver, Tom Reilly, 52,');
    expect(answerQuestion(named, 'What is the name of the driver taken to hospital?').answer).toContain('Tom Reilly');
    const unnamed = story('The driver, who is in his 50s,');
    expect(answerQuestion(unnamed, 'Who was taken to hospital?').answer).toContain('in his 50s');
  });
});
