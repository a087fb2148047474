import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Review s26 B-main-3: "what did X say?" cited another speaker's quote about what X believes while
// the article reports X's own statement without quote marks. Composed copy with both, and a third speaker.
const stadium = analyzeArticle(`Mayor backs stadium plan as council vote nears

"She [Ortiz] believes the stadium will pay for itself within ten years," her spokesman, Tom Hale, said on Tuesday.

The council will vote on the plan next month. Opponents say the cost to taxpayers has not been published.

"It is a good deal for the city," Councillor Ben Marsh said.

The club has played at its current ground for more than a century.

Earlier in the week, Mayor Jane Ortiz said in a long radio interview with a local station that the new stadium would bring thousands of jobs to the city and its surrounding towns over the coming decade.
`);

const first = (analysis: Analysis, question: string): string => {
  const id = answerQuestion(analysis, question).sentenceIds[0];
  return analysis.sentences.find((s) => s.id === id)?.text ?? '';
};

describe('"what did X say?" when X is reported, not quoted', () => {
  it('cites X’s reported statement over another speaker’s quote naming X', () => {
    expect(first(stadium, 'what did Ortiz say?')).toContain('Mayor Jane Ortiz said in a long radio interview');
  });

  it('still cites the spokesman’s own quote for the spokesman (control)', () => {
    expect(first(stadium, 'what did Hale say?')).toContain('She [Ortiz] believes');
  });

  it('still cites a quoted speaker’s quote (control)', () => {
    expect(first(stadium, 'what did Marsh say?')).toContain('a good deal for the city');
  });
});
