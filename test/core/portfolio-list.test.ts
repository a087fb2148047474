import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { portfolioItem, portfolioTitle } from '../../src/core/portfolio-list';

/**
 * Audit 57, B-a57-2: a ministry named by a list ("Minister for A, B and C, <Name>,") gave its last word ("Sport",
 * "Heritage") as a person with the post's first part as role, and the quote to that word; "the Minister for Public
 * Expenditure, <Name>," gave "Expenditure".
 */
describe('a portfolio named by a list', () => {
  it('"The Minister for Rural Affairs, Fisheries and Tourism, Bríd Ní Laoi, said …": the speaker is the name', () => {
    const copy =
      'The Minister for Rural Affairs, Fisheries and Tourism, Bríd Ní Laoi, said on Monday that the grant would be paid in March. "Nobody will be left out," she said.';
    const a = analyzeArticle(copy, { title: 'Grant' });
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Bríd Ní Laoi']);
    expect(people[0]!.role).toBe('Minister for Rural Affairs, Fisheries and Tourism');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Bríd Ní Laoi']);
  });

  it('"the Secretary of State for Energy, Climate and Industry, <Name>,": the post holds "of" and "for"', () => {
    expect(portfolioTitle('Talks went on with the Secretary of State for Energy, Climate and Industry, ')).toBe(
      'Secretary of State for Energy, Climate and Industry',
    );
  });

  it('"the Minister for Public Procurement, <Name>,": a lone portfolio word before an apposed name is none', () => {
    expect(portfolioItem('Procurement', 'They met the Minister for Public ', ', Tomás de Barra, on Friday')).toBe(true);
  });

  it('control: a surname after a titled post stays a person ("Commissioner of Police Rice, Ann Dunne, and …")', () => {
    expect(portfolioItem('Rice', 'Present were the Commissioner of Police ', ', Ann Dunne, and the mayor.')).toBe(
      false,
    );
    // No post before it: "Sport" after a plain list is no portfolio's.
    expect(portfolioItem('Sport', 'They talked about money, art and ', ', Ann Dunne, said.')).toBe(false);
  });
});
