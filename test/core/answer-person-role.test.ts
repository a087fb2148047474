import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

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
