import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { questionTerms } from '../../src/core/answer-terms';
import { questionType } from '../../src/core/question-type';

// Issue 12: "how much did it cost?" names nothing but its type word; "it" and "cost" once left no term at all,
// so the answerer said the question named nothing. Composed copy: a US wire story and a British local report.
const bridge = analyzeArticle(`City reopens Mill Street bridge after two-year repair

MILLBROOK — The Mill Street bridge reopened to traffic Wednesday after a two-year repair that ran well over budget.

The work cost $18 million, nearly double the first estimate, city engineer Dana Ortiz said.

Crews replaced the deck and the steel supports, which had rusted through in places.

Mayor Lou Grant called the reopening "a relief for every commuter on the east side."
`);

const hall = analyzeArticle(`Village hall reopens after refit

Ashby's village hall has reopened after a six-month refit paid for by local fundraising.

The refit cost £240,000, the parish council said.

Volunteers raised most of the money through quiz nights and a sponsored walk.

The hall's committee chairwoman, Jean Moss, said the building was "ready for the next fifty years".
`);

const museum = analyzeArticle(`Museum closes early as storms hit the coast

The Coast Museum shut its doors two hours early on Sunday due to the storm, staff said.

About 300 visitors were asked to leave the galleries before the wind picked up.

The museum's director, Ruth Hale, said the safety of visitors came first.
`);

const firstCited = (analysis: Analysis, question: string): string => {
  const id = answerQuestion(analysis, question).sentenceIds[0];
  return analysis.sentences.find((s) => s.id === id)?.text ?? '';
};
const terms = (question: string): string[] => questionTerms(question, questionType(question)).terms;

describe('a question whose only content word is its type word', () => {
  it('keeps the type word as its term', () => {
    expect(terms('how much did it cost?')).toHaveLength(1);
    expect(terms('how far is it?')).toEqual(terms('far'));
  });

  it('still drops the type word beside a topic, and keeps none for "how many" (control)', () => {
    expect(terms('how much did the work cost?')).toEqual(terms('work'));
    expect(terms('how many were there?')).toEqual([]);
  });

  it('cites the sentence carrying the cost (US copy)', () => {
    expect(firstCited(bridge, 'how much did it cost?')).toContain('$18 million');
  });

  it('cites the sentence carrying the cost (British copy)', () => {
    expect(firstCited(hall, 'how much did it cost?')).toContain('£240,000');
  });

  it('says the article does not say when no sentence carries a sum (control)', () => {
    expect(answerQuestion(museum, 'how much did it cost?').answer).toBeNull();
    expect(firstCited(hall, 'how much did the refit cost?')).toContain('£240,000');
  });
});
