import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Harbour vote won' })).people.map((p) => p.name);

/**
 * Issue 13, "quoted": a bare surname's quotation ("Marsh said") beside namesakes named in full is the one the copy
 * names in full most often, not a husband named once in passing. Copy written for the test.
 */
describe('who is who: a bare surname quoted beside a namesake', () => {
  it('does not make the namesake named once in passing quoted', () => {
    const names = listed(
      'Councillor Ellen Marsh won the vote on the harbour plan on Tuesday. Ellen Marsh had campaigned for it for a decade, and Ellen Marsh will chair the harbour board.',
      'The plan was first drawn up during Robert Marsh’s years as mayor.',
      '“This is a good day for the town,” Marsh said.',
    );
    expect(names).toContain('Ellen Marsh');
    expect(names).not.toContain('Robert Marsh');
  });

  it('control: the namesake the copy quotes by his whole name is still listed', () => {
    const names = listed(
      'Councillor Ellen Marsh won the vote on the harbour plan on Tuesday. Ellen Marsh had campaigned for it for a decade, and Ellen Marsh will chair the harbour board.',
      'The plan was first drawn up during Robert Marsh’s years as mayor.',
      '“This is a good day for the town,” Robert Marsh said.',
    );
    expect(names).toContain('Robert Marsh');
  });
});
