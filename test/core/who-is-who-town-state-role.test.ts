import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const roles = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Bridge closed after crash' })).people.map((p) => [
    p.name,
    p.role,
  ]);

/*
 * Issue 13, session 46 (who49; review B-r45-14): a role before the name after a town and its state in the agencies'
 * abbreviation ("Dunmore, Ga. Police Chief") was cut at the state's point ("Police Chief") or kept a dotted state
 * alone ("N.J. Mayor"): the role now holds the whole place. The copy is written for the test.
 */
describe('who is who reads a town and its abbreviated state as part of the role before a name', () => {
  it('"Dunmore, Ga. Police Chief" and "Bellport, N.J. Mayor"', () => {
    expect(
      roles(['Crews met Dunmore, Ga. Police Chief Rhea Calloway on Monday.', '"Be patient," Calloway said.']),
    ).toEqual([['Rhea Calloway', 'Dunmore, Ga. Police Chief']]);
    expect(
      roles(['Crews met Bellport, N.J. Mayor Ilsa Marchetti on Monday.', '"Be patient," Marchetti said.']),
    ).toEqual([['Ilsa Marchetti', 'Bellport, N.J. Mayor']]);
  });

  it('control: a town without a state, and a full state name after a list, keep the role as before', () => {
    expect(roles(['Crews met Dunmore Police Chief Rhea Calloway on Monday.', '"Be patient," Calloway said.'])).toEqual([
      ['Rhea Calloway', 'Dunmore Police Chief'],
    ]);
    expect(
      roles([
        'Crews met Omar Reyes, Ohio Gov. Rhea Calloway and others.',
        '"Be patient," Calloway said. Reyes agreed.',
      ]),
    ).toContainEqual(['Rhea Calloway', 'Ohio Governor']);
  });
});
