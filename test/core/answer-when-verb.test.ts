import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Review s26 B-main-2: "when will X be <verb>ed?" answered with the date of another act of X.
// Composed copy: the first sentence dates what the review found, the second when it will be published.
const library = analyzeArticle(`Library review to be published after councillors see it

Council officers said a review of the library service in March had found "serious gaps in funding" at four branches. They said the review would be published once councillors had seen it.

Campaigners from Save Our Libraries called for the review to be made public at once.

The council closed two branches last year and cut opening hours at three more.
`);

const cited = (analysis: Analysis, question: string): string[] => {
  const result = answerQuestion(analysis, question);
  return result.sentenceIds.map((id) => analysis.sentences.find((s) => s.id === id)?.text ?? '');
};

describe('a when-question with an asked verb', () => {
  it('cites the sentence saying the asked act, not the date of another act of the same thing', () => {
    const texts = cited(library, 'when will the review be published?');
    expect(texts[0]).toContain('would be published once councillors had seen it');
    // The neighbour dating the finding would read as the publication's date.
    expect(texts.join(' ')).not.toContain('in March');
  });

  it('keeps the dated sentence when it is the asked act (control)', () => {
    expect(cited(library, 'when did the review find gaps in funding?')[0]).toContain('in March');
  });

  it('keeps the ranker’s choice when the verb-bearing sentence is about another thing (control)', () => {
    expect(cited(library, 'when did the council close two branches?')[0]).toContain('last year');
  });
});
