import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// fix58b, session 58: "Who will build the X?" over a sentence with the noun and no builder ("to make way for a
// new X": "make" is WordNet's synonym of build, a light verb) (audit 59's B-a59-6). Composed copy.
const depot = (line: string) =>
  analyzeArticle(
    [
      'Depot plan for old mill site',
      'The town council intends to pull down the disused mill to make way for a new bus depot and a cycle hub.',
      line,
      'Residents have until June to comment on the plan.',
    ].join('\n\n'),
  );

describe('who does the act, over a sentence that never says it', () => {
  it('says the article does not say who', () => {
    const r = answerQuestion(depot('The mill closed in 1987.'), 'Who will build the new bus depot?');
    expect(r).toMatchObject({ answer: null, reason: expect.stringMatching(/does not say who/) });
  });

  it('cites the sentence naming the builder when there is one (control)', () => {
    const named = depot('Harwell Construction will build the bus depot, the council said.');
    expect(answerQuestion(named, 'Who will build the new bus depot?').answer).toContain('Harwell Construction');
  });
});
