import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

it('never prints a clause as a speaker: no speaker holds a colon or a question mark (review s30 B-int-3)', () => {
  const analysis = analyzeArticle(
    [
      'Hawks weigh in',
      '',
      'Bolton and Gorka spoke on Tuesday.',
      '',
      'The question posed by Bolton and Gorka’s analysis is: why would any rational person believe Clinton would change course, since her fingerprints are all over that list of “across-the-board failures” that await the next president?',
      '',
      '"We warned them for years," Bolton said.',
    ].join('\n'),
  );
  expect(analysis.quotes.filter((q) => q.speaker !== null && /[:;?!]/.test(q.speaker))).toEqual([]);
  // Control: the tagged quotation keeps its speaker.
  expect(analysis.quotes.find((q) => q.text.startsWith('We warned'))?.speaker).toBe('Bolton');
});
