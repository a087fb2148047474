import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13: "every person quoted": someone named once with no role beside the name is still a source when the copy’s
 * own words make them the subject of a speech verb ("Edwina Castell has vowed to fight…"); a name only inside a quotation, or
 * named in passing, is not. Copy written for the test.
 */
const names = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour levy to rise', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map(
    (p) => p.name,
  );

describe('who is who, a source named once with no role', () => {
  it('lists the subject of a speech verb named once', () => {
    const people = names(
      'Ardal Quenby, chairman of the harbour board, said the levy would rise. "We have no choice," Quenby said.',
      'Boat owners have complained for months, and Edwina Castell has vowed to fight the levy in court.',
      'Quenby will meet the owners on Friday.',
    );
    expect(people).toContain('Edwina Castell');
  });

  it('control: a name inside a quotation, or named in passing, is no source', () => {
    const people = names(
      'Ardal Quenby, chairman of the harbour board, said the levy would rise. "Edwina Castell told me it was unfair," Quenby said.',
      'The plan drew a challenge from Tomas Wren and a letter from the mayor.',
      'Quenby will meet the owners on Friday.',
    );
    expect(people).toContain('Ardal Quenby');
    expect(people).not.toContain('Edwina Castell');
    expect(people).not.toContain('Tomas Wren');
  });

  it('a name opening a supposed clause ("whatever X says", "if X objects") is no source (review 51, B-r51-6)', () => {
    const people = names(
      'Ardal Quenby, chairman of the harbour board, said the levy would rise. "We have no choice," Quenby said.',
      'Whatever Edwina Castell says, the levy will pass, one board member predicted.',
      'Quenby will meet the owners on Friday.',
    );
    expect(people).toContain('Ardal Quenby');
    expect(people).not.toContain('Edwina Castell');
  });
});
