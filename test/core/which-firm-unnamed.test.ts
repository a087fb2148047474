import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans75b, session 54: "Which company won the contract?" was answered by a sentence naming no company (audit 55
// B-a55-32). Composed copy.
const story = (award: string) =>
  analyzeArticle(
    [
      'Eastlake tunnel costs questioned',
      `${award}`,
      'Opposition transport spokeswoman Jo Bell wants the auditor to review the tender process.',
      'The tunnel is due to open in 2029, two years later than first promised.',
    ].join('\n\n'),
  );

describe('which company, over a sentence naming no company', () => {
  it('says the article does not name it', () => {
    const unnamed = story('The state government says it will build the tunnel without new borrowing.');
    expect(answerQuestion(unnamed, 'Which company won the contract to build the tunnel?')).toMatchObject({
      answer: null,
      reason: 'The article does not name the company.',
    });
  });

  it('answers from the sentence naming the firm (control)', () => {
    const named = story('Brightwater Construction Ltd won the contract to build the Eastlake tunnel in March.');
    expect(answerQuestion(named, 'Which company won the contract to build the tunnel?').answer).toContain(
      'Brightwater',
    );
  });
});

// fix56b, session 56: a minister's portfolio ("Minister for Ports") was read as the body her role is held at, so a
// sentence naming no firm answered "which company" (audit 57 B-a57-9). Composed copy.
const pier = (second: string) =>
  analyzeArticle(
    [
      'Harbour pier repairs delayed',
      'The harbour board has put off repairs to the old pier after tenders came in well over budget.',
      second,
      'Work is not expected to start before the autumn.',
    ].join('\n\n'),
  );

describe('which company, over a minister named with her portfolio', () => {
  it('says the article does not name it', () => {
    const portfolio = pier('The Minister for Ports, Kate Rowe, said the overrun on the pier was "regrettable".');
    expect(answerQuestion(portfolio, 'Which company will repair the pier?')).toMatchObject({ answer: null });
  });

  it('still reads a firm a named person heads (control)', () => {
    const firm = pier('The chief executive of Quenby Marine, Tom Sills, said his firm would repair the pier in May.');
    expect(answerQuestion(firm, 'Which company will repair the pier?').answer).toContain('Quenby');
  });
});
