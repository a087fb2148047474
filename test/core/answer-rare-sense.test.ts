import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { indexArticle } from '../../src/core/article-index';
import { matchTerm } from '../../src/core/term-match';

// ans66, session 48: a question writer's paraphrase often takes a word in one of its rarer WordNet senses ("fire"
// for "terminate", its fourth verb sense), which answer-lexicon.json (commonest senses only) does not hold; term-match.ts
// now counts such a synonym as a weaker shared term (answer-rare-senses.json). Composed copy.
const board = analyzeArticle(
  [
    'Harbour board sacks its engineer',
    'The Kelsey harbour board met on Tuesday evening to discuss the failed sea wall.',
    'The board terminated the contract of its engineer, Owen Marsh, after the wall cracked for a second time.',
    'Marsh said he had warned the board about the wall’s foundations in 2022.',
    'A new engineer will be appointed in the spring.',
  ].join('\n\n'),
);
const at = (words: string): number => board.sentences.findIndex((s) => s.text.includes(words));
const cited = (question: string): string | undefined =>
  board.sentences.find((s) => s.id === answerQuestion(board, question).sentenceIds[0])?.text;

describe('a synonym in a rarer sense counts as a weaker shared term', () => {
  it('reads "terminated" for the asked "fire", at less than a common synonym', () => {
    const { synonym, exact } = matchTerm(indexArticle(board), at('terminated'), 'fire');
    expect(exact).toBe(0);
    expect(synonym).toBeGreaterThan(0);
    expect(synonym).toBeLessThan(0.7);
  });

  it('answers "why did the board fire Marsh?" from the body, not "only the headline says this"', () => {
    expect(cited('why did the board fire Marsh?')).toContain('terminated the contract');
  });

  it('the question in the copy’s own word, and a person asked for, cite the same line (controls)', () => {
    expect(cited('why did the board terminate Marsh?')).toContain('terminated the contract');
    expect(cited('who did the board fire?')).toContain('terminated the contract');
    expect(matchTerm(indexArticle(board), at('had warned'), 'fire').synonym).toBe(0);
  });
});
