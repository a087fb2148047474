import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanRole } from '../../src/core/clean-role';
import { honouredName } from '../../src/core/honoured-name';
import { roleOf } from '../../src/core/role-of';
import { splitTitle } from '../../src/core/split-title';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The who-is-who classes of hand-read 15 (docs/hand-read-questions.md). Copy written for the test, two or more
 * sentences of each construction's general shape.
 */
const who = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const names = (headline: string, ...paragraphs: string[]) => who(headline, ...paragraphs).people.map((p) => p.name);

describe('who-is-who, hand-read sample 15 classes', () => {
  it('splits an office of several capitalised words off the name', () => {
    expect(splitTitle('House Speaker Wade Corliss')).toEqual({ title: 'House Speaker', bare: 'Wade Corliss' });
    expect(splitTitle('Vice President Halvorsen')).toEqual({ title: 'Vice President', bare: 'Halvorsen' });
    expect(splitTitle('Public Advocate Trina Oakes')).toEqual({ title: 'Public Advocate', bare: 'Trina Oakes' });
    expect(splitTitle('Crown Princess Ilse')).toEqual({ title: 'Crown Princess', bare: 'Ilse' });
    // A known first name before the office word makes that word the surname; a suffix is no name.
    expect(splitTitle('Patty Judge').bare).toBe('Patty Judge');
    expect(splitTitle('Martin Luther King Jr.').bare).toBe('Martin Luther King Jr.');
    expect(splitTitle('Harold Bishop').bare).toBe('Harold Bishop');
  });

  it('lists a person once, without the office the name run took in', () => {
    const people = names(
      'Corliss weighs in on the campaign',
      'Former House Speaker Wade Corliss said the change was overdue.',
      '"It is a bigger system," Corliss said. Corliss added that the team would adapt.',
    );
    expect(people).toContain('Wade Corliss');
    expect(people.filter((p) => /Corliss|Wade/.test(p))).toHaveLength(1);
    const city = who(
      'Advocate faults the council',
      '"The council has failed tenants," New York City Public Advocate Dana Whitley said on Monday.',
      'Whitley said she would sue. The council did not respond to Whitley.',
    ).people.find((p) => p.name === 'Dana Whitley');
    expect(city?.role).toMatch(/Public Advocate$/);
  });

  it('takes no sentence-opening preposition or greeting into a role', () => {
    expect(roleOf('Greta Lindqvist', undefined, 'Under Chancellor Greta Lindqvist, Austria has raised spending.')).toBe(
      'Chancellor',
    );
    expect(roleOf('Tom Reed', undefined, 'Under Mayor Tom Reed, the city has cut its debt.')).toBe('Mayor');
    // "Under Secretary" is an office of its own.
    expect(cleanRole('Under Secretary of State')).toBe('Under Secretary of State');
    expect(cleanRole('Congrats to British rider')).toBe('British rider');
    expect(cleanRole('Welcome back to Labour leader')).toBe('Labour leader');
    // An office keeps its "to", and a name's "for" is no greeting.
    expect(cleanRole('Adviser to the president')).toBe('Adviser to the president');
    expect(cleanRole('Democracy for America’s executive director')).toBe('Democracy for America’s executive director');
  });

  it('gives no role that is a clause about someone else', () => {
    expect(
      roleOf('Maria Vance', undefined, 'Against Maria Vance, the Ohio governor earned 51 percent to her 35 percent.'),
    ).toBeNull();
    expect(
      roleOf('Tom Reed', undefined, 'Beside Tom Reed, the rival candidate won the county by six points.'),
    ).toBeNull();
    // A participle with an agent or a place describes the person.
    expect(roleOf('Ann Burke', undefined, 'Ann Burke, a judge appointed by the governor, heard the case.')).toBe(
      'judge appointed by the governor',
    );
  });

  it('reads a relation the copy writes with whose it is as a role', () => {
    expect(roleOf('Tom Reed', undefined, 'Tom Reed, the nephew of the late King Omar, tweeted on Monday.')).toBe(
      'nephew of the late King Omar',
    );
    expect(roleOf('Ann Burke', undefined, 'Ann Burke, the daughter of a Welsh miner, ran for mayor.')).toBe(
      'daughter of a Welsh miner',
    );
  });

  it('lists a run whose last word heads organisations as a person when the copy titles that word', () => {
    expect(honouredName('Mr. Band', 'Mr. Band wrote to her.')).toBe(true);
    expect(honouredName('Peter K. Band', 'Peter K. Band led it. Mr. Band wrote.')).toBe(true);
    expect(honouredName('Grace Church', 'Grace Church held a vigil.')).toBe(false);
    expect(honouredName('Ruth A. Post', 'Ruth A. Post sang. Ms. Post said so.')).toBe(true);
    expect(honouredName('Union Bank', 'Mr. Bank is no one here. Union Bank lent it.')).toBe(false);
    const emails = who(
      'Emails raise questions over trust',
      'In 2011, Peter K. Band, who ran the trust, emailed Ms. Ferris for help with a donor.',
      'Mr. Band wrote that he needed a meeting. Mr. Band asked her to call. Ms. Ferris wrote back to Mr. Band.',
    );
    expect(emails.people.map((p) => p.name)).toContain('Peter K. Band');
    expect(emails.organizations).not.toContain('Mr. Band');
    const choir = who(
      'Choir wins award',
      'Alice Herald founded the choir in 1990. Ms. Herald said the choir had grown.',
      '"We sing for everyone," Ms. Herald said. Ms. Herald thanked the town.',
    );
    expect(choir.people.map((p) => p.name)).toContain('Alice Herald');
  });
});
