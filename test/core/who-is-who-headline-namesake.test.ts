import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (title: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title })).people.map((p) => p.name);

/**
 * Issue 13, "named twice or more": the headline's bare surname is a mention, but beside a namesake the copy names in
 * full ("during Robert Marsh's years as mayor" in a story on Ellen Marsh) it may be either, so it does not make the
 * husband named once in passing a protagonist. Copy written for the test.
 */
describe('who is who: the headline surname beside a namesake', () => {
  it('does not list a namesake named once in passing', () => {
    const names = listed(
      'Marsh wins harbour vote',
      'Councillor Ellen Marsh won Tuesday’s vote on the harbour plan, which was first drawn up during Robert Marsh’s years as mayor.',
      '“This is a good day for the town,” Ellen Marsh said. Marsh said work would start in May.',
    );
    expect(names).toContain('Ellen Marsh');
    expect(names).not.toContain('Robert Marsh');
  });

  it('control: with no namesake, the headline surname still counts as a second naming', () => {
    const names = listed(
      'Marsh plan approved',
      'The harbour plan drawn up by Robert Marsh, a retired engineer, was approved on Tuesday.',
      'Councillor Ellen Vane said work would start in May.',
    );
    expect(names).toContain('Robert Marsh');
  });
});
