import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const analyze = (body: string) => analyzeArticle(`Ferry levy in brief\n\n${body}`);
const quotes = (body: string): Array<string | null> => analyze(body).quotes.map((q) => q.speaker);
const statements = (body: string): Array<string | null> => analyze(body).statements.map((s) => s.speaker);

/** Session 62 (sp78), issue 11: a floated quantifier, an unindexed listed name, a band's name. */
describe('speaker leftovers', () => {
  it('never reads a floated "both" as a word of a name, and credits the pair (statement)', () => {
    expect(
      statements(
        'The vote was close on Monday. Councillors Ann Richards and Tom Menendez met the board. Richards and Menendez both stressed that the levy was dead on arrival.',
      ),
    ).toEqual(['Ann Richards and Tom Menendez']);
  });

  it('credits no one when a pair of lone surnames is never named in full', () => {
    expect(
      statements(
        'The vote was close on Monday. Richards and Menendez both stressed that the levy was dead on arrival.',
      ),
    ).toEqual([]);
    // The same after a conjunction, with only the first of the pair named in full.
    expect(
      statements(
        'The vote was close. Ann Richards spoke first. But Richards and Menendez both stressed that the levy was dead.',
      ),
    ).toEqual([]);
  });

  it('keeps the first of a pair of full names before a floated "both" (statement and quotation)', () => {
    expect(
      statements(
        'The vote was close on Monday. Mary Greer and Ann Pike both stressed that the levy was dead on arrival.',
      ),
    ).toEqual(['Mary Greer and Ann Pike']);
    expect(quotes('The vote was close on Monday. "The levy is dead," Mary Greer and Ann Pike both said.')).toEqual([
      'Mary Greer and Ann Pike',
    ]);
  });

  it('credits a listed group whose middle name the people index does not know', () => {
    expect(
      quotes(
        'The vote was close. "The levy is dead on arrival," Jeff Merkley, Sherrod Brown and Robert Menendez said.',
      ),
    ).toEqual(['Jeff Merkley, Sherrod Brown and Robert Menendez']);
  });

  it('never cuts a band named with a number to its noun', () => {
    expect(
      quotes('The tour was cancelled. "We are sad to let our fans down," One Direction said in a statement.'),
    ).not.toContain('Direction');
  });

  it('still credits a single named speaker (control)', () => {
    expect(quotes('The vote was close. "The levy is dead," Mary Greer said on Monday.')).toEqual(['Mary Greer']);
  });
});
