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

// ans80, session 59: a firm the entity finder does not type ("Facebook, which was the cosponsor") is still a party the
// sentence names, so the who-question is left to the ranker (session 58's "who co-hosted the debate?" loss). Composed.
const forum = (line: string) =>
  analyzeArticle(
    [
      'Candidates clash over housing',
      'The five candidates for mayor traded barbs over rents at Thursday night’s forum in the old corn exchange.',
      line,
      'The next forum is due in April.',
    ].join('\n\n'),
  );

describe('who did the act, over a sentence naming an untyped firm', () => {
  it('cites the sentence naming the firm', () => {
    const r = answerQuestion(
      forum('Viewers could stream it live on Zentrix, which was the cosponsor of the forum.'),
      'Who co-hosted the forum?',
    );
    expect(r.answer).toContain('Zentrix');
  });

  it('still says the article does not say who when the sentence names nobody (control)', () => {
    const r = answerQuestion(forum('Viewers could stream it live, and many did.'), 'Who co-hosted the forum?');
    expect(r).toMatchObject({ answer: null });
  });
  // Review 61's R61-4: a name after a place preposition is the place, whatever role the relative clause gives it.
  it('still says the article does not say who when the untyped name is a place (control)', () => {
    const r = answerQuestion(
      forum('The debate moved to Quenlow, which was the host of the first forum in 2009.'),
      'Who co-hosted the forum?',
    );
    expect(r).toMatchObject({ answer: null });
  });
});
