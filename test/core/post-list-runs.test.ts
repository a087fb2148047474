import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

function people(body: string): string[] {
  return analyzeArticle(`Council vote delayed\n\n${body}\n`)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
}

// Audit 54's B-a54-14 shapes, invented: a post before each of a pair, a plural post, a count before a party.
describe('people listed under an abbreviated post', () => {
  it('reads both of a pair that each carry the post', () => {
    const names = people('MLA Harish Pandey and MLA Rekha Sood told the assembly that they would oppose the levy.');
    expect(names).toEqual(expect.arrayContaining(['Harish Pandey', 'Rekha Sood']));
  });

  it('reads both of a pair under a plural post, without the plural', () => {
    const names = people('MEPs Lena Vogt and Tomas Krall said the rules were "unworkable."');
    expect(names).toEqual(expect.arrayContaining(['Lena Vogt', 'Tomas Krall']));
    expect(names.some((n) => n.startsWith('MEPs'))).toBe(false);
  });
});

describe('a body joined by "and" after an acronym', () => {
  it('stays one body', () => {
    const names = people('The ACLU Civil Liberties and Justice Fund filed the suit on Monday.');
    expect(names.some((n) => /Liberties|Justice/.test(n))).toBe(false);
  });
});

describe('a count before a party', () => {
  it('is no person', () => {
    const names = people('Three Fianna members, TD Ciara Moran and TD Sean Keogh, voted against the motion.');
    expect(names.some((n) => /^Three\b/.test(n))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['Ciara Moran', 'Sean Keogh']));
  });
});
