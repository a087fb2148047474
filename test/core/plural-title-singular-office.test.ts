import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (opening: string) =>
  whoIsWho(
    analyzeArticle(
      [
        'The harbour board met on Tuesday to settle the ferry budget.',
        `${opening} Mira Quist, Tomas Hale and Ivo Brandt met the board on Tuesday, and Quist said the budget would balance by 2029.`,
      ].join('\n\n'),
      { title: 'Ferry budget' },
    ),
  ).people;

/** Review s41 B-r41-11: the title run a list's plural opens is the office in the singular, its modifier kept. */
describe('who is who: a title plural with a modifier or a plural first word gives the singular office', () => {
  it('"Deputy Mayors A, B and C" gives "Deputy Mayor", "Attorneys General …" gives "Attorney General"', () => {
    expect(people('Deputy Mayors')).toContainEqual({ name: 'Mira Quist', role: 'Deputy Mayor' });
    expect(people('Attorneys General')).toContainEqual({ name: 'Mira Quist', role: 'Attorney General' });
  });

  it('control: a singular office run is kept as written ("Major General", "Deputy Mayor")', () => {
    expect(people('Deputy Mayor')).toContainEqual({ name: 'Mira Quist', role: 'Deputy Mayor' });
    expect(people('Major General')).toContainEqual({ name: 'Mira Quist', role: 'Major General' });
  });
});
