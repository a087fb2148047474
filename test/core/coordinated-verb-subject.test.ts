import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (sentence: string): Array<string | null> =>
  analyzeArticle(`Budget row\n\nThe budget was published on Monday.\n\n${sentence}`).quotes.map((q) => q.speaker);

/** Review s32 B-main-15: the second quote's speaker printed as the first clause with its quote blanked out. */
describe('a second quote after "but said" shares the first clause\'s subject', () => {
  it.each([
    'The chancellor conceded "mistakes were made" but insisted "the plan is working".',
    "The chancellor conceded 'mistakes were made' but insisted 'the plan is working'.",
  ])('%s', (sentence) => {
    expect(speakers(sentence)).toEqual(['the chancellor', 'the chancellor']);
  });

  it('controls: a named subject reads as before', () => {
    expect(speakers('Ms Ruth Kerr conceded "mistakes were made" but insisted "the plan is working".')).toEqual([
      'Ruth Kerr',
      'Ruth Kerr',
    ]);
  });

  it('no speaker is ever a clause with blanks in it', () => {
    for (const s of speakers(
      'The minister admitted there were "some weak points" but said "they are smaller than claimed".',
    ))
      expect(s ?? '').not.toMatch(/\s{2,}/);
  });
});
