import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Audit 58, B-a58-5 and B-a58-20: where a reported clause starts. Copy written for the test.
 */
const statements = (...lines: string[]): Array<[string, string]> =>
  analyzeArticle(['The council met on Tuesday to discuss the plan.', ...lines].join('\n\n'), {
    title: 'Council plan',
  }).statements.map((s) => [s.speaker, s.text]);

describe('a relative "that" inside the reported clause\'s subject', () => {
  it('"said the figures from towns that already have caps showed …": the clause starts after "said"', () => {
    expect(
      statements(
        'Rosa Mendel, an organiser with the Northside Renters Union, said the figures from towns that already have caps showed no fall in building.',
      ),
    ).toEqual([['Rosa Mendel', 'the figures from towns that already have caps showed no fall in building']]);
  });

  it('"said products that act for a user raised …": one plural noun and a verb after "that"', () => {
    expect(
      statements('Tomas Berg, a lawyer at a small firm, said products that act for a user raised new legal questions.'),
    ).toEqual([['Tomas Berg', 'products that act for a user raised new legal questions']]);
  });

  it('control: "said this week that", "said in a statement that" still open the clause at "that"', () => {
    expect(statements('Rosa Mendel said this week that the caps had cut rents in every town.')).toEqual([
      ['Rosa Mendel', 'the caps had cut rents in every town'],
    ]);
    expect(statements('Rosa Mendel said in a statement that the caps had cut rents in every town.')).toEqual([
      ['Rosa Mendel', 'the caps had cut rents in every town'],
    ]);
  });
});

describe('a long adjunct before "that", and a relative clause after the tag', () => {
  it('"said in an email seen by the Dock Gazette that …": the clause starts after "that"', () => {
    expect(
      statements(
        'Captain Ivo Marek, the master of the ship, said in an email seen by the Dock Gazette that the crew of 19 were well and had food.',
      ),
    ).toEqual([['Ivo Marek', 'the crew of 19 were well and had food']]);
  });

  it('"…, which he said were 40 per cent complete": no statement of the narrated act before the comma', () => {
    expect(
      statements(
        'Omar Haddad, chairman of the roads board, briefed the mayor on the works, which he said were 40 per cent complete.',
      ),
    ).toEqual([]);
  });
});
