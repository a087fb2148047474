import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans75b, session 54: "What is the hourly rate?" / "what would the new retirement age be?" were answered by a
// sentence naming the measure with no value of it (audit 55 B-a55-35). Composed copy.
const story = (fare: string, age: string) =>
  analyzeArticle(
    [
      'Ferry and pension changes announced',
      `${fare}`,
      `${age}`,
      'Unions said they would study the proposals before responding.',
    ].join('\n\n'),
  );
const vague = story(
  'The councillor proposed a small rise in the island ferry fare to pay for two new boats by 2028.',
  'The reform would raise the pension age for postal workers, saving about 1.4 billion euros a year.',
);
const given = story(
  'The island ferry fare will rise from $4.50 to $5 next month to pay for two new boats.',
  'The reform would raise the pension age for postal workers to 66, saving about 1.4 billion euros a year.',
);

describe('a measure question over a sentence giving no value of it', () => {
  it('says the article does not give the figure', () => {
    expect(answerQuestion(vague, 'What is the island ferry fare?')).toMatchObject({ answer: null });
    expect(answerQuestion(vague, 'What would the new pension age for postal workers be?')).toMatchObject({
      answer: null,
    });
  });

  it('answers when the sentence gives the sum or the age (controls)', () => {
    expect(answerQuestion(given, 'What is the island ferry fare?').answer).toContain('$4.50');
    expect(answerQuestion(given, 'What would the new pension age for postal workers be?').answer).toContain('66');
  });
});
