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

// fix58b, session 58: "What did the <Body> say?" answered by another speaker's quote that only names the body
// (audit 59's B-a59-5). Composed copy.
const lagoon = (line: string) =>
  analyzeArticle(
    [
      'Lagoon dredging vote put off',
      'Councillors in Marsby have postponed a vote on dredging the harbour lagoon until the spring.',
      line,
      'The dredging would cost about £4m over three years.',
    ].join('\n\n'),
  );

describe('what did the body say, over another speaker quoting its name', () => {
  it('says the article reports no words of the body', () => {
    const other = lagoon(
      '"Without dredging, the Wildfowl Society will lose its nesting grounds," said boatman Ed Crane.',
    );
    expect(answerQuestion(other, 'What did the Wildfowl Society say about the dredging?')).toMatchObject({
      answer: null,
      reason: 'The article does not report them saying anything.',
    });
  });

  it('answers from the body when the analysis gives it the words (control)', () => {
    const own = lagoon('"Without dredging, we will lose our nesting grounds," the Wildfowl Society said.');
    expect(answerQuestion(own, 'What did the Wildfowl Society say about the dredging?').answer).toContain(
      'nesting grounds',
    );
  });
});
