import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (copy: string) => whoIsWho(analyzeArticle(`Council backs the plan\n\n${copy}`)).people;

/**
 * A source whose surname is also a word of the name finder's lists (a party, a title) is still a
 * person when a known given name, the role set after the name and a source construction say so (docs/evaluation.md,
 * "Who is who", session 21). Copy written for the test: [surname's list, copy, name, role].
 */
const SOURCES: Array<[string, string, string, string]> = [
  [
    'a party',
    'The scheme opens in May. Nora Green, director of the Harbour Literacy Project, said families had waited for years.',
    'Nora Green',
    'director of the Harbour Literacy Project',
  ],
  [
    'a party',
    '"It will not pass," said Helen Green, associate professor of history at Tallow State University.',
    'Helen Green',
    'associate professor of history at Tallow State University',
  ],
  [
    'a title',
    'Oliver Prince, chief executive of Tessaly Labs, a Boston company, said the sites were blocked by mistake.',
    'Oliver Prince',
    'chief executive of Tessaly Labs',
  ],
  [
    'a title',
    'Paul King, a former chairman of the county party, told reporters the vote would be close.',
    'Paul King',
    'former chairman of the county party',
  ],
  [
    'a title',
    '"The pathways are too narrow," Amy Pope, deputy homeland security adviser, said on a call with reporters.',
    'Amy Pope',
    'deputy homeland security adviser',
  ],
];

describe('who is who: sources the name finder refused', () => {
  for (const [list, copy, name, role] of SOURCES)
    it(`lists ${name} (surname also ${list}) with the role after the name`, () => {
      expect(people(copy)).toContainEqual({ name, role });
    });

  it('needs the role after the name: a title before it in a coordination is no apposition', () => {
    const copy = 'The two candidates, Maria Lowe and Senator Tom Green, have promised to cut the tax.';
    expect(people(copy).map((p) => p.name)).not.toContain('Tom Green');
  });

  it('lists the source as it lists one whose surname is in no list: the same copy, the same line', () => {
    const copy = (surname: string) =>
      `The prize went to a study by Nora ${surname}, director of the Harbour Literacy Project, last year. The rest waited.`;
    // Named once and saying nothing: "Also named" (session 46), whichever path found her.
    const also = (c: string) => whoIsWho(analyzeArticle(`Council backs the plan\n\n${c}`)).alsoNamed;
    expect(also(copy('Green'))).toEqual([{ name: 'Nora Green', role: 'director of the Harbour Literacy Project' }]);
    expect(also(copy('Brown'))).toEqual([{ name: 'Nora Brown', role: 'director of the Harbour Literacy Project' }]);
    expect(people(copy('Green'))).toEqual([]);
    expect(people(copy('Brown'))).toEqual([]);
  });

  it('needs a known given name: a capitalised pair before a role is not enough', () => {
    const copy = 'Harbour Green, a park by the river, said to be the oldest in the county, reopened on Monday.';
    expect(people(copy).map((p) => p.name)).not.toContain('Harbour Green');
  });
});
