import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { subordinateRank } from '../../src/core/subordinate-rank';

const story = (title: string, lines: string[]) => analyzeArticle(lines.join('\n\n'), { title });
const first = (article: Analysis, question: string) => {
  const result = answerQuestion(article, question);
  return article.sentences.find((s) => s.id === result.sentenceIds[0])?.text ?? '';
};

const union = story('Port strike called off', [
  'Dock workers at Port Ellis called off a strike on Friday after Harbour Union Kent won a new pay deal.',
  'Harbour Union Kent deputy chief Raj Mehta said the union would run a ballot on the deal next week.',
  'The deal was agreed after talks at the port offices.',
  'Harbour Union Kent chief Lena Hart told reporters the deal protected jobs at the port.',
]);

// Session 53 (ans74's note): a deputy, vice or assistant title is second to the head "who runs X?" asks for.
describe('who runs X: a deputy is not the head', () => {
  it.each(['Who runs Harbour Union Kent?', 'Who leads Harbour Union Kent?'])('%s', (question) => {
    expect(first(union, question)).toContain('Lena Hart');
  });

  it('reads the rank from the word before the role or a hyphenated prefix, not from "acting"', () => {
    expect(subordinateRank('chief', ['kent', 'deputy'])).toBe(true);
    expect(subordinateRank('vice-chairman')).toBe(true);
    expect(subordinateRank('President', ['riders', 'vice'])).toBe(true);
    expect(subordinateRank('chief', ['kent', 'acting'])).toBe(false);
    expect(subordinateRank('president', ['union'])).toBe(false);
  });
});
