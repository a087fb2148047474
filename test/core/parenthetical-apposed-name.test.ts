import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const analyze = (body: string) => analyzeArticle(`Harbour board splits over dredging\n\n${body}`);

/** Session 45, fix45d: review B-r45-6, on invented copy. */
describe('a parenthetical tag whose description is followed by an apposed name (B-r45-6)', () => {
  it('credits the name, and the statement is the clause without the tag', () => {
    const a = analyze('The harbour board met on Monday. The backlog, says the board’s engineer, Mia Rowe, will rise.');
    expect(a.statements.map((s) => [s.text, s.speaker])).toEqual([['The backlog will rise', 'Mia Rowe']]);
  });

  it('control: a description alone before the clause goes on is read as before', () => {
    const a = analyze('The harbour board met on Monday. The backlog, say the engineers, is rising.');
    expect(a.statements.map((s) => [s.text, s.speaker])).toEqual([['The backlog is rising', 'the engineers']]);
  });
});
