import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerFeatures } from '../../src/core/answer-features';
import { answerQuestion } from '../../src/core/answer-question';

/** A roster of `n` different people, one sentence each (the hostile shape of review B-main-85). */
function roster(n: number): string {
  const surname = (i: number): string =>
    `Q${i.toString(26).replace(/[0-9a-p]/g, (c) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(c, 26)]!)}ley`;
  return Array.from({ length: n }, (_, i) => `Tom ${surname(i)} spoke on Monday.`).join(' ');
}

/** How many names and sentences are lowered while the features of one question are computed. */
function loweredFor(n: number, question: string): number {
  const analysis = analyzeArticle(roster(n), { title: 'Roster test' });
  const lower = vi.spyOn(String.prototype, 'toLowerCase');
  answerFeatures(analysis, question);
  const calls = lower.mock.calls.length;
  lower.mockRestore();
  return calls;
}

afterEach(() => vi.restoreAllMocks());

describe('answer features on a roster: work grows with the copy, not with sentences × people', () => {
  it('who: twice the people and sentences lower about twice the strings (testing every name per sentence: four times)', () => {
    const small = loweredFor(150, 'who spoke on Monday?');
    const large = loweredFor(300, 'who spoke on Monday?');
    expect(large).toBeLessThan(small * 2.6);
  });

  // Control (passes on main too: a place question tests only place entities, and a roster names none).
  it('where: a roster of people costs a place question no more', () => {
    const small = loweredFor(150, 'where did Tom speak?');
    const large = loweredFor(300, 'where did Tom speak?');
    expect(large).toBeLessThan(small * 2.6);
  });

  it('control: the who answer on a short copy is unchanged', () => {
    const analysis = analyzeArticle(
      'The council met on Monday. Mayor Ann Ruddle opened the meeting in Carrow. Tom Pell spoke about the budget.',
      { title: 'Council meets' },
    );
    const answer = answerQuestion(analysis, 'who opened the meeting?');
    expect(JSON.stringify(answer)).toContain('Ann Ruddle');
  });
});
