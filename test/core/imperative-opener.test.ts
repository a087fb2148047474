import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const people = (copy: string) =>
  analyzeArticle(copy, { title: 'Harbour board split' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

/**
 * Issue 13 (session 44's "Imagine Brad Thor"): a verb's base form opening a quotation was read into the name after
 * it, and the longer run became the person's name. An imperative before a given name is no part of the name.
 */
describe('people: an imperative opening a sentence is no part of the name after it', () => {
  it('"“Imagine Nadia Ferrante running the board,” said Paul Osei" names Nadia Ferrante', () => {
    const copy =
      'The ferry captain Nadia Ferrante wants a seat on the board. “Imagine Nadia Ferrante running the board,” said ' +
      'Paul Osei, a trustee. Ferrante declined to comment.';
    expect(people(copy)).toContain('Nadia Ferrante');
    expect(people(copy)).not.toContain('Imagine Nadia Ferrante');
  });

  it('controls: a given name that is also a verb opens the name ("Will Doyle", "Rush Limbaugh")', () => {
    const copy = '“Will Doyle is right about the harbour,” said Paul Osei. Doyle is a professor of economics.';
    expect(people(copy)).toContain('Will Doyle');
    const rush = 'Rush Limbaugh criticised the harbour plan on Monday. Limbaugh said it would cost jobs.';
    expect(people(rush)).toContain('Rush Limbaugh');
  });
});
