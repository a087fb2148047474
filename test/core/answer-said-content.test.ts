import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (s30: "Did Obama say he was talking about Trump?"): a yes/no on what someone said asks about the
// content; a sentence where they say something else does not answer it. Composed copy.
const depot = analyzeArticle(
  [
    'Council approves new bus depot',
    'The county council on Tuesday approved a plan to build a bus depot on the former gasworks site in Millbrook.',
    'Councillors voted 31 to 12 in favour of the scheme, which will cost £14m.',
    'Former mayor Dan Flynn wrote to the council last week urging members to support it. In his letter, Flynn said the depot would bring 200 jobs to the area.',
    'Residents said the depot would bring noise and traffic.',
  ].join('\n\n'),
);

describe('answerQuestion: did X say <content>?', () => {
  it('declines when the article has X say something else, pointing at what X did say', () => {
    const result = answerQuestion(depot, 'Did Flynn say he was talking about the mayor?');
    expect(result.answer).toBeNull();
    if (result.answer !== null) return;
    expect(depot.sentences.find((s) => s.id === result.nearestId)?.text).toContain('Flynn said');
  });

  it('declines the negated form alike', () => {
    expect(answerQuestion(depot, "Didn't Flynn say he was talking about the mayor?").answer).toBeNull();
  });

  it('answers when the content is said (control)', () => {
    expect(answerQuestion(depot, 'Did Flynn say the depot would bring jobs?').answer).toContain('200 jobs');
    expect(answerQuestion(depot, 'Did Flynn say that the depot would bring work to the area?').answer).toContain(
      '200 jobs',
    );
  });

  it('leaves "did X say anything?" to the ranker (control)', () => {
    expect(answerQuestion(depot, 'Did Flynn say anything?').answer).toContain('Flynn said');
  });
});
