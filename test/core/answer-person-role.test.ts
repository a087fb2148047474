import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { whoIsWho } from '../../src/core/who-is-who';

// Issue 12, review s28 B-main-3: "who is <Name>?" wants the sentence giving the person's role, not one that
// only names them. Composed copy: the name first in a list, the role in apposition paragraphs later.
const analysis: Analysis = analyzeArticle(
  [
    'Museum plans new wing',
    'The plan for the east wing was drawn up by Priya Nandakumar and Owen Hale, and will cost £30m.',
    'Trustees will vote on the plan in June.',
    'Ms. Nandakumar, a former director of the Tate, said the wing would double the gallery space.',
    'Visitors numbers rose by a fifth last year.',
  ].join('\n\n'),
);
const first = (question: string): string =>
  analysis.sentences.find((s) => s.id === answerQuestion(analysis, question).sentenceIds[0])?.text ?? '';

describe('answerQuestion: who is <Name>?', () => {
  it("cites first the sentence giving the person's role", () => {
    expect(first('Who is Priya Nandakumar?')).toContain('former director');
  });

  it('leaves a person with no role in the copy to the ranker (control)', () => {
    expect(first('Who is Owen Hale?')).toContain('drawn up');
  });

  it('leaves a question about what the person did to the ranker (control)', () => {
    expect(first('Who drew up the plan for the east wing?')).toContain('drawn up');
  });
});

// ux29 (session 29): the caller's who-is-who (the bot remembers one per story) is read, not made again per question.
describe("answerQuestion: who is <Name>? with the story's who-is-who passed in", () => {
  const who = whoIsWho(analysis);

  it('gives the same reply as computing it', () => {
    for (const question of ['Who is Priya Nandakumar?', 'Who is Owen Hale?', 'Who is Nandakumar?'])
      expect(answerQuestion(analysis, question, { who })).toEqual(answerQuestion(analysis, question));
  });

  it('reads the who-is-who it is given (none computed in its place)', () => {
    const unlisted = { people: [], organizations: [] };
    const own = answerQuestion(analysis, 'Who is Priya Nandakumar?', { who: unlisted });
    // With no role listed the ranker's order stands: the sentence that only names her comes first.
    expect(analysis.sentences.find((s) => s.id === own.sentenceIds[0])?.text).toContain('drawn up');
  });
});

// ux30 (session 30, issue 12): "what is X's job?" / "what does X do?" went to the ranker alone, which finds no
// sentence sharing "job" or "do" and said the article does not say. They ask what "who is X?" asks.
describe("answerQuestion: the person's job or role, asked other ways", () => {
  it("cites the sentence giving the person's role", () => {
    for (const question of [
      "What is Nandakumar's job?",
      "What is Priya Nandakumar's role?",
      'What does Priya Nandakumar do?',
      'What job does Nandakumar have?',
    ])
      expect(first(question), question).toContain('former director');
  });

  it('leaves "what did X do?", about the story, to the ranker (control)', () => {
    expect(first('What did Priya Nandakumar do?')).not.toContain('former director');
  });

  it("does not give another person's role for one the copy gives none (control)", () => {
    expect(answerQuestion(analysis, "What is Owen Hale's job?").answer ?? '').not.toContain('former director');
  });
});
