import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

function statements(body: string) {
  return analyzeArticle(`Headline\n\n${body}`).statements;
}

describe('findStatements', () => {
  it('finds "X said (that) ..." and "..., X said." with resolved speakers', () => {
    const found = statements(
      [
        'Finance chief Dana Rowe said that the company would cut 200 jobs next year.',
        'Sales had fallen sharply in the second quarter, she told analysts.',
        'The shares rose 3%.',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'the company would cut 200 jobs next year', speaker: 'Dana Rowe', sentenceId: 0 },
      { text: 'Sales had fallen sharply in the second quarter', speaker: 'Dana Rowe', sentenceId: 1 },
    ]);
  });

  it('ignores verbs that are not reporting speech and sentences with direct quotes', () => {
    const found = statements('Russian officials have repeatedly denied the claims.\n"We are fine," said Ed Pike.');
    expect(found).toEqual([]);
  });
});
