import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/** `n` paragraphs naming two generals each, the first of whom speaks (the hostile shape of review B-who38-2). */
function generals(n: number): string {
  const name = (i: number): string => `X${i.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}son`;
  return Array.from(
    { length: n },
    (_, i) =>
      `Generals Tom ${name(2 * i)} and Ann ${name(2 * i + 1)} testified. ${name(2 * i)} said "it was fine". Lady Ann said "yes".`,
  ).join('\n\n');
}

/** How many times the copy is searched for a substring while who is who is made. */
function searchesFor(n: number): number {
  const analysis = analyzeArticle(generals(n), { title: 'Hearing' });
  const includes = vi.spyOn(String.prototype, 'includes');
  whoIsWho(analysis);
  const calls = includes.mock.calls.length;
  includes.mockRestore();
  return calls;
}

afterEach(() => vi.restoreAllMocks());

describe('who is who on a roster of titled pairs: work grows with the copy, not partners × speakers', () => {
  it('twice the pairs search about twice as often (a search per partner and speaker: four times)', () => {
    const small = searchesFor(240);
    const large = searchesFor(480);
    expect(large).toBeLessThan(small * 2.6);
  });

  it('control: a partner named beside a quoted speaker is still a source', () => {
    const analysis = analyzeArticle(
      'Pollsters Frank Newmark and Jim Hartley published the survey on Monday.\n\n“We found a clear shift,” Newmark said. Hartley and Frank Newmark have run the poll since 2010.',
      { title: 'Poll' },
    );
    const names = whoIsWho(analysis).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Frank Newmark', 'Jim Hartley']));
  });
});
