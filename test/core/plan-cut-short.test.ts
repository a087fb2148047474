import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

it('asks a plan too long for its word budget through the sentence’s will-clause, not as the passage', () => {
  const questions = analyzeArticle(
    [
      'Channel row',
      '',
      'Ann Reed chairs the harbour board.',
      '',
      'Reed said she plans to meet the fishermen at the harbour wall and hear their complaints about the dredging of the western channel.',
      '',
      'The channel silted up in March after the storms.',
    ].join('\n\n'),
  ).questions;
  expect(questions.map((q) => q.text)).toContain(
    'Will Ann Reed meet the fishermen at the harbour wall and hear their complaints about the dredging of the western channel?',
  );
});
