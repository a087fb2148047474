import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (ux31, session 31, item 1): a question in a brief's thread whose object is a pronoun the question
// does not resolve ("approve it", "tell him") is read against the story the thread is about, as a reporter
// means it: the pronoun adds nothing, the rest of the question is answered. A decision kept from main, so these
// are controls (they pass before and after): they fail if a change starts declining such questions.
const depot = analyzeArticle(
  [
    'Council approves new bus depot',
    'The county council on Tuesday approved a plan to build a bus depot on the former gasworks site in Millbrook.',
    'Councillors voted 31 to 12 in favour of the scheme, which will cost £14m.',
    'Former mayor Dan Flynn wrote to the council last week urging members to support it. In his letter, Flynn said the depot would bring 200 jobs to the area.',
  ].join('\n\n'),
);

describe('answerQuestion: an unresolved pronoun object, read against the story (controls)', () => {
  it('"Did the council approve it?" is answered by the approval', () => {
    expect(answerQuestion(depot, 'Did the council approve it?').answer).toContain('approved a plan');
  });

  it('"What did Flynn tell them?" is answered by what Flynn said', () => {
    expect(answerQuestion(depot, 'What did Flynn tell them?').answer).toContain('Flynn said');
  });
});
