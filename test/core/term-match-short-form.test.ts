import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { indexArticle } from '../../src/core/article-index';
import { matchTerm } from '../../src/core/term-match';

// ans65, session 47: the 3-4 letter short-form match took "jeb" for "Jebens". A first name is no cut surname; "Dem"
// for "Democrats" still is a short form. Composed copy.
const council = analyzeArticle(
  [
    'Bridge repairs split Castlemere council',
    'Councillors in Castlemere argued for two hours on Tuesday over who should pay to repair the Mill Lane bridge.',
    'Mark Jebens, who chairs the finance committee, said the town could not afford the work on the bridge this year.',
    'Democrats on the council said the county should pay.',
  ].join('\n\n'),
);

describe('matchTerm: short forms', () => {
  it("does not take a question's first name for the start of another person's surname", () => {
    expect(matchTerm(indexArticle(council), 1, 'jeb').exact).toBe(0);
    expect(answerQuestion(council, 'what did Jeb say about the bridge?').answer ?? '').not.toContain('Jebens');
  });

  it('still reads a short form of a word that names no person (control)', () => {
    expect(matchTerm(indexArticle(council), 2, 'dem').exact).toBeGreaterThan(0);
    expect(answerQuestion(council, 'what did Jebens say about the bridge?').answer).toContain('Mark Jebens');
  });
});
