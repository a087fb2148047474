import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans75b, session 54: "What did <Name> say?" of someone the article only mentions was answered by the sentence
// mentioning her (audit 55 B-a55-34). Composed copy.
const story = (barros: string) =>
  analyzeArticle(
    [
      'Riverside tram plan delayed',
      '"We need another year to get the costs right," transport director Paul Greer said on Tuesday.',
      `${barros}`,
      'The line would link the station to the hospital.',
    ].join('\n\n'),
  );

describe('what did X say, of someone never quoted', () => {
  it('says the article reports no words of theirs', () => {
    const mentioned = story('Deputy mayor Ines Barros is due to present the tram plan to the council next week.');
    expect(answerQuestion(mentioned, 'What did Ines Barros say about the tram plan?')).toMatchObject({
      answer: null,
      reason: 'The article does not report them saying anything.',
    });
  });

  it('answers from her words when she is quoted (control)', () => {
    const quoted = story('"The tram plan is worth the wait," deputy mayor Ines Barros said.');
    expect(answerQuestion(quoted, 'What did Ines Barros say about the tram plan?').answer).toContain('worth the wait');
  });
});
